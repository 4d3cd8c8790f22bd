package org.ansoplatform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.accounts.AccountManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * An event that carries a link secret waits in {@code platform.event_publication} until its mail is written; a
 * reader of that table learns neither the link nor its secret, and a retried delivery still mails a working link.
 */
class SealedEventTests extends IntegrationTest {

    @Autowired
    AccountManagement accounts;

    @Autowired
    JavaMailSender smtp;

    @Autowired
    EventRetry retry;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPasswordResetWaitingForItsMailIsStoredSealedAndStillDeliveredWorkingOnRetry() throws Exception {
        String email = "sealed-" + System.nanoTime() + "@example.org";
        accounts.register(email, "Sealed Person", "a long enough passphrase", "en");
        Mail.awaitBody(email, "Verify");

        JavaMailSenderImpl sender = (JavaMailSenderImpl) smtp;
        int port = sender.getPort();
        try (var closed = new java.net.ServerSocket(0)) {
            sender.setPort(closed.getLocalPort()); // nobody listens there once the socket is closed
        }
        String stored;
        try {
            accounts.requestPasswordReset(email);
            await().atMost(Duration.ofSeconds(30)).until(() -> waitingReset() != null);
            stored = waitingReset();
        } finally {
            sender.setPort(port);
        }
        assertThat(stored).doesNotContain("token").doesNotContain("/password/reset").doesNotContain(email);

        retry.resubmitOlderThan(Duration.ZERO);

        String token = Mail.token(Mail.awaitBody(email, "password"));
        assertThatCode(() -> accounts.checkLink(token, "RESET_PASSWORD")).doesNotThrowAnyException();
        await().atMost(Duration.ofSeconds(10)).until(() -> waitingReset() == null);
    }

    private String waitingReset() {
        return jdbc.sql("select serialized_event from platform.event_publication where completion_date is null "
                        + "and event_type like '%PasswordResetRequested' and status = 'FAILED' order by publication_date desc limit 1")
                .query(String.class).optional().orElse(null);
    }
}
