package org.ansoplatform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.ansoplatform.ProofOfWorkSolver;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.RegistrationQueries;
import org.ansoplatform.meetings.TestMeetings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Actions that send mail to a typed address are limited per client address and per target email (the tests allow
 * 100 and 20 an hour); a refused request changes nothing and says when to try again.
 */
class RateLimitTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.ansoplatform.platform.ProofOfWork proofOfWork;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    RegistrationQueries registrations;

    @Test
    void oneAddressMayAskForPasswordResetsOnlyAsOftenAsAllowedUntilThePeriodHasPassed() throws Exception {
        String address = randomAddress();
        int allowed = 0;
        // the allowance refills evenly over the hour, so a slow machine may get one or two more
        while (allowed <= 110 && mvc.perform(forgot(address, "nobody-" + allowed + "-" + System.nanoTime() + "@example.org"))
                .andReturn().getResponse().getStatus() == 302) {
            allowed++;
        }
        assertThat(allowed).isBetween(100, 110);
        mvc.perform(forgot(address, "one-more@example.org").header("Accept-Language", "zh"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("尝试次数过多")));
        mvc.perform(forgot(randomAddress(), "one-more@example.org")).andExpect(status().is3xxRedirection());

        clock.advance(Duration.ofHours(1));
        mvc.perform(forgot(address, "one-more@example.org")).andExpect(status().is3xxRedirection());
    }

    @Test
    void oneEmailMayBeRegisteredForMeetingsOnlyAsOftenAsAllowedFromWhateverAddress() throws Exception {
        UUID meeting = meetings.create(TestMeetings.course("Rate limited course", 100, null, false, java.util.List.of()));
        String email = TestMeetings.email("limited");
        for (int i = 0; i < 20; i++) {
            String written = i % 2 == 0 ? email : email.toUpperCase(Locale.ROOT);
            int status = mvc.perform(registration(meeting, written).with(from(randomAddress()))).andReturn().getResponse().getStatus();
            // the first registers, the others are the same address again: a conflict (409) until the limit
            assertThat(status).isIn(201, 409);
        }
        mvc.perform(registration(meeting, email).with(from(randomAddress())))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Try again in")));
        assertThat(registrations.ofMeeting(meeting)).hasSize(1);
    }

    private MockHttpServletRequestBuilder forgot(String address, String email) {
        return post("/password/forgot").with(csrf()).with(from(address)).with(ProofOfWorkSolver.solved(proofOfWork)).param("email", email);
    }

    private MockHttpServletRequestBuilder registration(UUID meeting, String email) {
        return post("/api/v1/meetings/" + meeting + "/registrations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "Limited Person", "email": "%s", "country": "KE", "role": "TRAINEE", "altcha": "%s"}""".formatted(email,
                                ProofOfWorkSolver.solution(proofOfWork)));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
