package org.ansoplatform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.Locale;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.AccountQueries.Contact;
import org.ansoplatform.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What the platform keeps of the mail it sends, and how the administrators' outbox finds it. */
class StoredCopyTests extends IntegrationTest {

    @Autowired
    AccountManagement accounts;

    @Autowired
    MessageQueries mailbox;

    @Autowired
    Mailer mailer;

    @Autowired
    MockMvc mvc;

    @Test
    void withSmtpTheStoredCopyAndTheOutboxShowTheMailWithoutItsWorkingLinkSecret() throws Exception {
        String email = "copy-" + System.nanoTime() + "@example.org";
        accounts.register(email, "Copy Person", "a long enough passphrase", "en");
        String token = Mail.token(Mail.awaitBody(email, "Verify"));

        await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.all(email, new PageRequest(0, 10)).total() == 1);
        MessageView copy = mailbox.all(email, new PageRequest(0, 10)).items().get(0);
        assertThat(copy.body()).doesNotContain(token).contains("/verify?token=[removed]");

        String outbox = mvc.perform(get("/admin/outbox/{id}", copy.id()).with(user("admin").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(outbox).contains("/verify?token=").doesNotContain(token);
    }

    @Test
    void theOutboxFindsAnAddressWrittenInCapitalsWhateverTheCaseOfTheSearch() throws Exception {
        String email = "Mixed.Case-" + System.nanoTime() + "@Example.ORG";
        mailer.send(new Contact(null, email, "Mixed Case", Locale.ENGLISH), "passwordChanged", "http://localhost/password/forgot");

        assertThat(mailbox.all("mixed.case-", new PageRequest(0, 100)).items()).extracting(MessageView::recipientEmail).contains(email);
        assertThat(mailbox.all(email.toUpperCase(Locale.ROOT), new PageRequest(0, 10)).items()).hasSize(1);
        String page = mvc.perform(get("/admin/outbox").param("to", email.substring(0, 12)).with(user("admin").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(email);
    }
}
