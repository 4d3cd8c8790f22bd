package org.ansoplatform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.altcha.altcha.Altcha;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.ProofOfWorkSolver;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.RegistrationQueries;
import org.ansoplatform.meetings.TestMeetings;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Anonymous forms that send mail or create something ask for a proof of work, accepted once (issue 13, item 10). */
class ProofOfWorkTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProofOfWork proofOfWork;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    RegistrationQueries registrations;
    @Autowired
    DataDirectory dataDirectory;

    private long accounts(String email) {
        return jdbc.sql("select count(*) from accounts.person where email = ?").param(email).query(Long.class).single();
    }

    private static MockHttpServletRequestBuilder register(String email) {
        return post("/register").with(csrf()).param("email", email).param("displayName", "Proof Person")
                .param("password", "a long and unusual passphrase 42").param("passwordConfirmation", "a long and unusual passphrase 42");
    }

    @Test
    void theChallengeIsPublicNeverCachedAndInTheWidgetsFormat() throws Exception {
        mvc.perform(get("/api/v1/proof-of-work/challenge"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andExpect(jsonPath("$.algorithm").value("SHA-256"))
                .andExpect(jsonPath("$.maxnumber").isNumber())
                .andExpect(jsonPath("$.salt").value(Matchers.containsString("expires=")))
                .andExpect(jsonPath("$.signature").isString());
    }

    @Test
    void registeringWithoutAProofOfWorkIsRefusedNextToTheWidgetAndCreatesNothing() throws Exception {
        String email = "no-proof-" + UUID.randomUUID() + "@example.org";
        String page = mvc.perform(register(email).header("Accept-Language", "zh"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"altcha-error\"").contains("请等待表单下方的验证显示完成").contains("<altcha-widget");
        assertThat(accounts(email)).isZero();

        for (String forged : List.of("not base 64 at all", "eyJhIjoxfQ==", ProofOfWorkSolver.solve(foreignChallenge()))) {
            mvc.perform(register(email).param("altcha", forged))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(Matchers.containsString("did not pass")));
        }
        assertThat(accounts(email)).isZero();
    }

    @Test
    void aSolutionIsAcceptedOnceAndAnExpiredOneNot() throws Exception {
        String solution = ProofOfWorkSolver.solution(proofOfWork);
        String first = "proof-" + UUID.randomUUID() + "@example.org";
        mvc.perform(register(first).param("altcha", solution)).andExpect(status().is3xxRedirection());
        assertThat(accounts(first)).isOne();

        String second = "replay-" + UUID.randomUUID() + "@example.org";
        mvc.perform(register(second).param("altcha", solution))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("already sent once")));
        assertThat(accounts(second)).isZero();

        Altcha.Challenge expired = Altcha.createChallenge(new Altcha.ChallengeOptions().setAlgorithm(Altcha.Algorithm.SHA256)
                .setMaxNumber(100L).setHmacKey(ourKey()).setExpires(Instant.now().minusSeconds(5).getEpochSecond()));
        mvc.perform(register(second).param("altcha", ProofOfWorkSolver.solve(expired)))
                .andExpect(status().isUnprocessableContent());
        assertThat(accounts(second)).isZero();
    }

    @Test
    void theAnonymousMeetingRegistrationApiAsksForItAndASignedInPersonIsNotAsked() throws Exception {
        UUID meeting = meetings.create(TestMeetings.course("Proof of work course", 100, null, false, List.of()));
        String body = """
                {"name": "Nguyễn Văn An", "email": "%s", "country": "VN", "role": "TRAINEE"%s}""";
        mvc.perform(post("/api/v1/meetings/" + meeting + "/registrations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(TestMeetings.email("pow-none"), "")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(Matchers.containsString("\"field\":\"altcha\"")));
        assertThat(registrations.ofMeeting(meeting)).isEmpty();

        mvc.perform(post("/api/v1/meetings/" + meeting + "/registrations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(TestMeetings.email("pow-solved"),
                                ", \"altcha\": \"" + ProofOfWorkSolver.solution(proofOfWork) + "\"")))
                .andExpect(status().isCreated());
        mvc.perform(post("/meetings/" + meeting + "/register").with(csrf()).with(user("signed-in").roles("APPLICANT"))
                        .param("name", "Signed In").param("email", TestMeetings.email("pow-member")).param("country", "KE")
                        .param("role", "TRAINEE"))
                .andExpect(status().is3xxRedirection());
        assertThat(registrations.ofMeeting(meeting)).hasSize(2);
    }

    @Test
    void thePasswordResetAndNewVerificationLinkFormsAskForItToo() throws Exception {
        for (String form : List.of("/password/forgot", "/verify/resend")) {
            mvc.perform(post(form).with(csrf()).param("email", "someone@example.org"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(Matchers.containsString("id=\"altcha-error\"")));
            mvc.perform(post(form).with(csrf()).param("email", "someone@example.org")
                    .with(ProofOfWorkSolver.solved(proofOfWork))).andExpect(status().is3xxRedirection());
        }
    }

    /** A challenge signed with another key: solvable, but not one of ours. */
    private static Altcha.Challenge foreignChallenge() throws Exception {
        return Altcha.createChallenge(new Altcha.ChallengeOptions().setAlgorithm(Altcha.Algorithm.SHA256).setMaxNumber(100L)
                .setHmacKey("another key").setExpiresInSeconds(600));
    }

    private String ourKey() throws Exception {
        byte[] key = java.util.Base64.getDecoder().decode(Files.readString(dataDirectory.resolve("proof-of-work.key")).strip());
        return HexFormat.of().formatHex(key);
    }
}
