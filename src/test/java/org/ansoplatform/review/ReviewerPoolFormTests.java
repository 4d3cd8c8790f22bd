package org.ansoplatform.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.review.panels.ReviewerPool.ReviewerCommand;
import org.ansoplatform.review.panels.ReviewerPool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A value of the wrong kind on the pool's forms is refused next to its field, in the reader's language, and changes nothing. */
class ReviewerPoolFormTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired ReviewerPool reviewers;

    @Test
    void aLoadThatIsNotANumberIsRefusedAndTheStoredLoadStays() throws Exception {
        Someone expert = Someone.register(accounts, "Pool Form Expert", "REVIEWER");
        UUID id = reviewers.add(new ReviewerCommand(expert.email(), expert.displayName(), "University of Ghana", "GH", List.of("en"),
                List.of("1.1"), 12));
        Someone secretariat = Someone.register(accounts, "Pool Form Secretariat", "SECRETARIAT");
        var refused = mvc.perform(post("/secretariat/review/reviewers/" + id).locale(java.util.Locale.CHINESE)
                .param("email", expert.email()).param("name", "Renamed Expert").param("institution", "University of Ghana")
                .param("country", "GH").param("languages", "en").param("fields", "1.1").param("maxLoad", "many")
                .with(secretariat.signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(refused.getRedirectedUrl()).isNull();
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("请输入整数。");
        assertThat(reviewers.get(id).maxLoad()).isEqualTo(12);
        assertThat(reviewers.get(id).name()).isEqualTo(expert.displayName());
    }
}
