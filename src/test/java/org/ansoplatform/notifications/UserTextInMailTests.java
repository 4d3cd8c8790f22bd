package org.ansoplatform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.ansoplatform.ProofOfWorkSolver;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.TestMeetings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Text someone typed never becomes a link in the platform's mail, so the platform cannot carry a phishing link. */
class UserTextInMailTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.ansoplatform.platform.ProofOfWork proofOfWork;

    @Autowired
    MeetingManagement meetings;

    @Test
    void aDisplayNameThatLooksLikeALinkArrivesAsPlainTextBesideTheWorkingPlatformLink() throws Exception {
        UUID meeting = meetings.create(TestMeetings.course("Relay course", 100, null, false, List.of()));
        String email = TestMeetings.email("relay");
        mvc.perform(post("/api/v1/meetings/" + meeting + "/registrations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "Click http://phish.example/login or www.phish.example or me@phish.example",
                         "email": "%s", "country": "KE", "role": "TRAINEE", "altcha": "%s"}""".formatted(email,
                        ProofOfWorkSolver.solution(proofOfWork))))
                .andExpect(status().isCreated());

        String body = Mail.awaitBody(email, "Relay course");
        assertThat(body).doesNotContain("http://phish", "phish.example", "www.phish", "me@phish")
                .contains("Click http[:]//phish[.]example/login");
        assertThat(Mail.link(body)).contains("/meetings/registration?token=");
        mvc.perform(get(Mail.path(body))).andExpect(status().isOk());
    }

    @Test
    void namesInEveryScriptNumbersAndInitialsStayAsWrittenWhileHostsAndAddressesAreBroken() {
        for (String name : new String[] {"Nguyễn V. Thành", "Иван Петров", "محمد علی", "张伟", "ANSO 2.0 Workshop", "Ph.D. Amina"}) {
            assertThat(Mailer.defanged(name)).isEqualTo(name);
        }
        assertThat(Mailer.defanged("visit phish.example or ivan@mail.ru")).isEqualTo("visit phish[.]example or ivan[at]mail[.]ru");
        assertThat(Mailer.defanged("https://evil.example/login")).isEqualTo("https[:]//evil[.]example/login");
    }
}
