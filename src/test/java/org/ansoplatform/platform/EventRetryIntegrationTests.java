package org.ansoplatform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.accounts.AccountManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * An email whose SMTP hand-over fails is not lost: the listener's publication stays incomplete, no copy
 * is kept as if it had been sent, its stored event sealed, and the retry job delivers it exactly once, with
 * a working link, when SMTP is back.
 */
class EventRetryIntegrationTests extends IntegrationTest {

    @Autowired
    AccountManagement accounts;

    @Autowired
    JavaMailSender smtp;

    @Autowired
    EventRetry retry;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailedSmtpSendIsRetriedAndDeliveredOnce() throws Exception {
        String email = "retry-" + System.nanoTime() + "@example.org";
        accounts.register(email, "Retry Person", "a long enough passphrase", "en");
        Mail.awaitBody(email, "Verify");

        JavaMailSenderImpl sender = (JavaMailSenderImpl) smtp;
        int port = sender.getPort();
        try (var closed = new java.net.ServerSocket(0)) {
            sender.setPort(closed.getLocalPort()); // nobody listens there once the socket is closed
        }
        try {
            accounts.requestPasswordReset(email);
            await().atMost(Duration.ofSeconds(30)).until(() -> failedResetPublications() == 1);
            assertThat(storedResets(email)).as("no copy of an unsent message").isZero();
            // the waiting event is sealed (decision 53): a reader of the table learns neither link nor secret
            assertThat(waitingReset()).doesNotContain("token").doesNotContain("/password/reset").doesNotContain(email);
        } finally {
            sender.setPort(port);
        }

        retry.resubmitOlderThan(Duration.ZERO);

        String body = Mail.awaitBody(email, "password");
        assertThat(body).contains("/password/reset?token=");
        String token = Mail.token(body);
        assertThatCode(() -> accounts.checkLink(token, "RESET_PASSWORD")).as("the retried link works").doesNotThrowAnyException();
        await().atMost(Duration.ofSeconds(10)).until(() -> storedResets(email) == 1);
        assertThat(failedResetPublications()).isZero();
        long delivered = Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(email) && message.getSubject().contains("password");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
        assertThat(delivered).isEqualTo(1);
    }

    private String waitingReset() {
        return jdbc.sql("select serialized_event from platform.event_publication where completion_date is null "
                        + "and event_type like '%PasswordResetRequested' and status = 'FAILED' order by publication_date desc limit 1")
                .query(String.class).optional().orElse(null);
    }

    private int failedResetPublications() {
        return jdbc.sql("select count(*) from platform.event_publication where completion_date is null "
                        + "and event_type like '%PasswordResetRequested' and status = 'FAILED'")
                .query(Integer.class).single();
    }

    private int storedResets(String email) {
        return jdbc.sql("select count(*) from notifications.message where recipient_email = ? and kind = 'reset'")
                .param(email).query(Integer.class).single();
    }
}
