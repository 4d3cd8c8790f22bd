package org.ansoplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.internet.MimeMessage;

import org.ansoplatform.ProofOfWorkSolver;
import org.ansoplatform.FieldErrors;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A verification link that no longer works offers a new one (issue 14): the page asks for the address and
 * answers alike whether it belongs to an account waiting for verification, a verified one or none, within
 * the rate limits of {@code platform.RateLimits}.
 */
class VerificationResendTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.ansoplatform.platform.ProofOfWork proofOfWork;

    @Autowired
    AccountManagement accounts;

    @Test
    void aUsedLinkOffersANewOneAndTheNewOneVerifies() throws Exception {
        String email = "pending." + System.nanoTime() + "@example.org";
        accounts.register(email, "Pending Person", "a long enough passphrase", "en");
        String token = URLDecoder.decode(Mail.token(Mail.awaitBody(email, "Verify")), StandardCharsets.UTF_8);
        accounts.verifyEmail(token);

        String used = mvc.perform(post("/verify").param("token", token).with(csrf()).locale(Locale.ENGLISH)).andReturn().getResponse()
                .getContentAsString();
        assertThat(used).contains("already been used", "class=\"resend-verification\"", "action=\"/verify/resend\"");

        String other = "lost." + System.nanoTime() + "@example.org";
        accounts.register(other, "Lost Link", "a long enough passphrase", "en");
        Mail.awaitBody(other, "Verify");
        MvcResult sent = mvc.perform(resend(other, randomAddress())).andReturn();
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/login");
        assertThat(sent.getFlashMap().get("flashSuccess")).isEqualTo("accounts.verifyResent");
        org.awaitility.Awaitility.await().until(() -> verifyMails(other) == 2);
        accounts.verifyEmail(URLDecoder.decode(Mail.token(Mail.awaitBody(other, "Verify")), StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownOrVerifiedAddressGetsTheSameAnswerAndNoMail() throws Exception {
        String unknown = "nobody." + System.nanoTime() + "@example.org";
        MvcResult answer = mvc.perform(resend(unknown, randomAddress())).andReturn();
        assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/login");
        assertThat(answer.getFlashMap().get("flashSuccess")).isEqualTo("accounts.verifyResent");

        String pending = "waiting." + System.nanoTime() + "@example.org";
        accounts.register(pending, "Waiting Person", "a long enough passphrase", "en");
        MvcResult known = mvc.perform(resend(pending, randomAddress())).andReturn();
        assertThat(known.getResponse().getRedirectedUrl()).isEqualTo(answer.getResponse().getRedirectedUrl());
        assertThat(known.getFlashMap().get("flashSuccess")).isEqualTo(answer.getFlashMap().get("flashSuccess"));
        Thread.sleep(500);
        assertThat(verifyMails(unknown)).isZero();
    }

    @Test
    void aMalformedAddressIsRefusedNextToItAndTheRateLimitHoldsForKnownAndUnknownAlike() throws Exception {
        var refused = mvc.perform(resend("not an address", randomAddress()).locale(Locale.ENGLISH)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(refused.getContentAsString(), "email")).isNotBlank();

        String pending = "limited." + System.nanoTime() + "@example.org";
        accounts.register(pending, "Limited Person", "a long enough passphrase", "en");
        String unknown = "limited-nobody." + System.nanoTime() + "@example.org";
        // the allowance per email is the platform's: the same number of answers for a known and an unknown address
        int[] allowed = new int[2];
        String[] emails = {pending, unknown};
        for (int e = 0; e < 2; e++) {
            while (allowed[e] < 50 && mvc.perform(resend(emails[e], randomAddress())).andReturn().getResponse().getStatus() == 302) {
                allowed[e]++;
            }
            assertThat(mvc.perform(resend(emails[e], randomAddress())).andReturn().getResponse().getStatus()).isEqualTo(429);
        }
        assertThat(allowed[0]).isEqualTo(allowed[1]).isLessThan(50);
    }

    @Test
    void theResendPageIsReachableFromSignInWithoutAnAccount() throws Exception {
        assertThat(mvc.perform(get("/verify/resend").locale(Locale.ENGLISH)).andReturn().getResponse().getContentAsString())
                .contains("Send a new link");
        assertThat(mvc.perform(get("/login").param("error", "unverified").locale(Locale.ENGLISH)).andReturn().getResponse()
                .getContentAsString()).contains("href=\"/verify/resend\"");
    }

    private MockHttpServletRequestBuilder resend(String email, String address) {
        return post("/verify/resend").param("email", email).with(csrf()).with(ProofOfWorkSolver.solved(proofOfWork)).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }

    private static long verifyMails(String to) throws Exception {
        long count = 0;
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(to))
                    && message.getSubject().contains("Verify")) {
                count++;
            }
        }
        return count;
    }

    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
