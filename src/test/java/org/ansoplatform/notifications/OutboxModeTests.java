package org.ansoplatform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.accounts.AccountQueries.Contact;
import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Without {@code spring.mail.host} there is no mail sender: the platform still writes every message and
 * keeps it as the outbox an administrator reads, and sends nothing over SMTP.
 */
class OutboxModeTests extends IntegrationTest {

    @Autowired
    MessageQueries mailbox;

    @Autowired
    MessageStore store;

    @Autowired
    MessageSource messages;

    @Autowired
    Environment environment;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    MailDomain domain;

    @Autowired
    DkimSigning dkim;

    @Autowired
    MailMetrics metrics;

    @Test
    void withoutSmtpMessagesWaitInTheOutboxAndNothingIsSent() throws Exception {
        var noSmtp = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        Mailer mailer = new Mailer(store, messages, noSmtp, environment, new DemoMode(true), clock, "ANSO <no-reply@localhost>",
                domain, dkim, metrics);
        String email = "outbox-" + System.nanoTime() + "@example.org";
        int smtpBefore = MAIL.getReceivedMessages().length;

        MessageView message = mailer.send(new Contact(UUID.randomUUID(), email, "Outbox Person", Locale.CHINESE),
                "reset", new Mailer.Written("http://localhost/password/reset?token=x"));

        assertThat(message.delivery()).isEqualTo(Delivery.OUTBOX);
        assertThat(message.subject()).isEqualTo(messages.getMessage("mail.reset.subject", new Object[] {"Outbox Person"}, Locale.CHINESE));
        var outbox = mailbox.all(email, new PageRequest(0, 10));
        assertThat(outbox.items()).singleElement().satisfies(stored -> {
            assertThat(stored.delivery()).isEqualTo(Delivery.OUTBOX);
            assertThat(stored.sentAt()).isNull();
            assertThat(stored.body()).contains("http://localhost/password/reset?token=x");
        });
        assertThat(MAIL.getReceivedMessages()).hasSize(smtpBefore);

        String page = mvc.perform(get("/admin/outbox").param("to", email).with(user("admin").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(email);
    }
}
