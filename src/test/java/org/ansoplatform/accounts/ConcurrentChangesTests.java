package org.ansoplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two requests that change the same record at the same moment: the later one finds a stale version. It is
 * told so (409, in the reader's language) instead of a 500, and the record holds one of the two changes whole.
 */
class ConcurrentChangesTests extends IntegrationTest {

    static final int REQUESTS = 12;

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired AccountQueries people;

    @Test
    void renamesSentAtOnceEitherSucceedOrAreToldSomeoneElseChangedTheRecord() throws Exception {
        Someone person = Someone.register(accounts, "Parallel Person");
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            for (int i = 0; i < REQUESTS; i++) {
                String name = "Parallel Name " + i;
                names.add(name);
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/account/profile").with(person.signedIn()).with(csrf())
                            .header("Accept-Language", "en").param("displayName", name)).andReturn().getResponse();
                }));
            }
            start.countDown();
            int saved = 0;
            int conflicts = 0;
            for (Future<MockHttpServletResponse> answer : answers) {
                MockHttpServletResponse response = answer.get();
                assertThat(response.getStatus()).as("no request fails on the server").isLessThan(500);
                if (response.getStatus() == 409) {
                    conflicts++;
                } else {
                    assertThat(response.getStatus()).isEqualTo(302);
                    saved++;
                }
            }
            assertThat(saved).as("at least one rename is kept").isPositive();
            assertThat(saved + conflicts).isEqualTo(REQUESTS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(names).contains(people.person(person.id()).orElseThrow().displayName());
    }
}
