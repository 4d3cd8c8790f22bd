package org.ansoplatform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.AccountQueries.Contact;
import org.ansoplatform.calls.ApplicantMailer;
import org.ansoplatform.publications.NewsletterMessage;
import org.ansoplatform.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The mail as a mail client receives it (GreenMail over real SMTP, parsed with Jakarta Mail): its MIME structure,
 * its headers, the one-click unsubscribe of RFC 8058 on bulk mail only, and the redacted source an administrator reads.
 */
class EmailStructureTests extends IntegrationTest {

    private static final String DOMAIN = "mail.anso-test.org";
    private static final String NAME = "Nguyễn Thị Hồng Иван 张伟 محمد";

    @Autowired
    AccountManagement accounts;
    @Autowired
    MessageQueries mailbox;
    @Autowired
    Mailer mailer;
    @Autowired
    ApplicantMailer applicantMailer;
    @Autowired
    PublicationsMail publicationsMail;
    @Autowired
    MeterRegistry meters;
    @Autowired
    MailingLists mailingLists;
    @Autowired
    MockMvc mvc;

    @Test
    void aTransactionalMailIsTextAndHtmlInUtf8WithTheNameInEveryScriptAndThePlatformsHeadersAndNoUnsubscribe() throws Exception {
        String email = "structure-" + System.nanoTime() + "@example.org";
        double sentBefore = count("anso.mail.sent", "verify");
        accounts.register(email, NAME, "a long enough passphrase", "en");

        MimeMessage message = Mail.awaitMessage(email, "Verify");
        assertThat(new ContentType(message.getContentType()).getBaseType()).isEqualTo("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertUtf8(parts.getBodyPart(0), "text/plain");
        assertUtf8(parts.getBodyPart(1), "text/html");
        String text = Mail.text(message);
        String html = Mail.html(message);
        assertThat(text).contains("Dear " + NAME + ",");
        for (String name : NAME.split(" ")) {
            assertThat(html).contains(name);
        }
        // the Arabic name keeps its own direction inside the English sentence
        assertThat(html).contains("<html lang=\"en\" dir=\"ltr\">", "<span dir=\"rtl\">محمد</span>");
        String link = Mail.link(text);
        assertThat(html).as("the platform's own link is clickable").contains("<a href=\"" + link.replace("&", "&amp;") + "\">");

        assertThat(message.getMessageID()).matches("<[0-9a-f-]{36}@" + DOMAIN.replace(".", "\\.") + ">");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(message.getHeader("Content-Language")).containsExactly("en");
        assertThat(message.getSentDate()).isNotNull();
        assertThat(message.getHeader("List-Unsubscribe")).as("transactional mail is not bulk").isNull();
        assertThat(message.getHeader("List-Unsubscribe-Post")).isNull();
        assertThat(message.getHeader("Precedence")).isNull();
        assertThat(count("anso.mail.sent", "verify")).isGreaterThan(sentBefore);
    }

    @Test
    void theStoredSourceHasNoLiveLinkSecretAndOnlyAnAdministratorReadsIt() throws Exception {
        Someone someone = Someone.register(accounts, "Source Reader", "APPLICANT");
        String token = Mail.token(Mail.awaitBody(someone.email(), "Verify"));
        await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.all(someone.email(), new PageRequest(0, 10)).total() == 1);
        UUID id = mailbox.all(someone.email(), new PageRequest(0, 10)).items().get(0).id();

        String path = "/admin/outbox/" + id + "/source";
        MockHttpServletResponse response = mvc.perform(get(path).with(user("admin").roles("ADMIN"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/plain");
        String source = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(source).doesNotContain(token).contains("Message-ID: <", "@" + DOMAIN + ">", "Auto-Submitted: auto-generated");
        // parsed back, neither part holds the secret, though both keep the link
        MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)));
        assertThat(Mail.text(parsed)).doesNotContain(token).contains("/verify?token=" + Mailer.REMOVED);
        assertThat(Mail.html(parsed)).doesNotContain(token).contains("/verify?token=" + Mailer.REMOVED);
        assertThat(mvc.perform(get("/admin/outbox/" + id).with(user("admin").roles("ADMIN"))).andReturn().getResponse()
                .getContentAsString()).contains(path);

        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as("anonymous").isIn(302, 401);
        assertThat(mvc.perform(get(path).with(someone.signedIn())).andReturn().getResponse().getStatus())
                .as("the recipient without the administrator's role").isEqualTo(403);
        Someone other = Someone.register(accounts, "Other Reader", "APPLICANT");
        assertThat(mvc.perform(get(path).with(other.signedIn())).andReturn().getResponse().getStatus()).as("another user").isEqualTo(403);
        Someone secretariat = Someone.register(accounts, "Source Secretariat", "SECRETARIAT");
        assertThat(mvc.perform(get(path).with(secretariat.signedIn())).andReturn().getResponse().getStatus())
                .as("the Secretariat reads no outbox").isEqualTo(403);
        assertThat(mvc.perform(get("/admin/outbox/" + UUID.randomUUID() + "/source").with(user("admin").roles("ADMIN")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void anAttachmentArrivesAsItsOwnPartBesideTheTextAndHtmlAndTheSourceKeepsOnlyItsSize() throws Exception {
        String email = "attached-" + System.nanoTime() + "@example.org";
        byte[] ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ANSO//Test//EN\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        MessageView sent = mailer.send(new Contact(null, email, "Attached Person", Locale.FRENCH), "passwordChanged",
                List.of(new Mailer.Attachment("invite.ics", "text/calendar; charset=UTF-8; method=REQUEST", ics)),
                mailer.link("/password/forgot"));

        MimeMessage message = Mail.awaitMessage(email, sent.subject());
        assertThat(new ContentType(message.getContentType()).getBaseType()).isEqualTo("multipart/mixed");
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        assertThat(new ContentType(mixed.getBodyPart(0).getContentType()).getBaseType()).isEqualTo("multipart/alternative");
        BodyPart attachment = mixed.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("invite.ics");
        ContentType type = new ContentType(attachment.getContentType());
        assertThat(type.getBaseType()).isEqualTo("text/calendar");
        assertThat(type.getParameter("method")).isEqualTo("REQUEST");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(ics);
        assertThat(message.getHeader("Content-Language")).containsExactly("fr");
        assertThat(Mail.text(message)).contains("Attached Person");

        String source = mailbox.source(sent.id()).orElseThrow();
        assertThat(source).contains("invite.ics", "text/calendar").doesNotContain("PRODID");
    }

    @Test
    void aNewsletterCarriesTheOneClickHeadersAndIsMultipart() throws Exception {
        String email = "newsletter-" + System.nanoTime() + "@example.org";
        UUID subscriber = UUID.randomUUID();
        String unsubscribe = mailer.link("/newsletters/unsubscribe/" + subscriber + ".secretMac123").text();
        publicationsMail.send(new NewsletterMessage(UUID.randomUUID(), subscriber, "<newsletter-1-" + subscriber + "@" + DOMAIN + ">",
                email, "ru", "Бюллетень ANSO", "Текст\n\nОтписаться: " + unsubscribe, "<p>Текст</p><p><a href=\"" + unsubscribe
                + "\">Отписаться</a></p>", unsubscribe, "", "Текст"));

        MimeMessage message = Mail.awaitMessage(email, "Бюллетень");
        assertThat(new ContentType(message.getContentType()).getBaseType()).isEqualTo("multipart/alternative");
        assertThat(message.getHeader("List-Unsubscribe")).containsExactly("<" + unsubscribe + ">");
        assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(message.getHeader("Precedence")).containsExactly("bulk");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(message.getMessageID()).endsWith("@" + DOMAIN + ">");
        assertThat(Mail.text(message)).contains("Текст");

        await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.all(email, new PageRequest(0, 10)).total() == 1);
        String source = mailbox.source(mailbox.all(email, new PageRequest(0, 10)).items().get(0).id()).orElseThrow();
        assertThat(source).as("the newsletter's secret is in its path").doesNotContain("secretMac123")
                .contains("/newsletters/unsubscribe/" + Mailer.REMOVED);
    }

    @Test
    void theSecretariatsMessageToApplicantsIsBulkAndItsOneClickPostLeavesTheListWithoutSessionOrCsrfToken() throws Exception {
        Someone applicant = Someone.register(accounts, "Kwame Listener", "APPLICANT");
        String subject = "Missing documents " + UUID.randomUUID();
        assertThat(applicantMailer.send(applicant.id(), locale -> new ApplicantMailer.Letter(subject, "Dear Kwame,\n\nPlease upload."),
                "admissions@example.org")).isTrue();

        MimeMessage message = Mail.awaitMessage(applicant.email(), subject);
        assertThat(new ContentType(message.getContentType()).getBaseType()).isEqualTo("multipart/alternative");
        String header = message.getHeader("List-Unsubscribe")[0];
        assertThat(header).matches("<http://localhost:\\d+/unsubscribe/one-click\\?token=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+>");
        assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(message.getHeader("Precedence")).containsExactly("bulk");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(Mail.text(message)).startsWith("Dear Kwame,").contains("/unsubscribe/one-click?token=");
        String path = header.substring(1, header.length() - 1).replaceFirst("https?://[^/]+", "");
        String token = path.substring(path.indexOf("token=") + 6);

        await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.all(applicant.email(), new PageRequest(0, 10)).items().stream()
                .anyMatch(m -> m.subject().equals(subject)));
        UUID id = mailbox.all(applicant.email(), new PageRequest(0, 10)).items().stream().filter(m -> m.subject().equals(subject))
                .findFirst().orElseThrow().id();
        assertThat(mailbox.source(id).orElseThrow()).as("the header's token is removed from the source too").doesNotContain(token)
                .contains("one-click?token=" + Mailer.REMOVED);

        // a human click only asks
        String page = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-outcome=\"ASK\"", "<form method=\"post\"");

        MockHttpServletResponse oneClick = mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click")).andReturn().getResponse();
        assertThat(oneClick.getStatus()).isEqualTo(200);
        assertThat(oneClick.getHeader("Location")).isNull();
        assertThat(oneClick.getContentAsString()).contains("data-outcome=\"UNSUBSCRIBED\"");
        MockHttpServletResponse again = mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click")).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(again.getContentAsString()).contains("data-outcome=\"ALREADY_UNSUBSCRIBED\"");

        double skippedBefore = count("anso.mail.skipped", "calls");
        String later = "Second message " + UUID.randomUUID();
        assertThat(applicantMailer.send(applicant.id(), locale -> new ApplicantMailer.Letter(later, "Dear Kwame,"), null))
                .as("not delivered: the address left the list").isFalse();
        assertThat(count("anso.mail.skipped", "calls")).isEqualTo(skippedBefore + 1);
        assertThat(mailbox.all(applicant.email(), new PageRequest(0, 10)).items()).noneMatch(m -> m.subject().equals(later));
        assertThat(MAIL.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(applicant.email()), m -> true).toList())
                .noneMatch(m -> subject(m).equals(later));
        // transactional mail still arrives: only the list was left
        mailer.send(new Contact(applicant.id(), applicant.email(), "Kwame Listener", Locale.ENGLISH), "passwordChanged",
                mailer.link("/password/forgot"));
        assertThat(Mail.awaitBody(applicant.email(), "password")).contains("Kwame Listener");
    }

    @Test
    void aBadOrTamperedTokenIsRefusedWithoutAnErrorAndChangesNothing() throws Exception {
        Someone applicant = Someone.register(accounts, "Tamper Proof", "APPLICANT");
        String email = applicant.email();
        MailingLists lists = mailingLists;
        String good = lists.token(MailingLists.CALLS, email);
        String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString((MailingLists.CALLS + "\n" + "victim@example.org").getBytes(StandardCharsets.UTF_8))
                + good.substring(good.lastIndexOf('.'));
        for (String token : new String[] {forged, good + "x", "nonsense", "", "a.b.c", "%%%", "x".repeat(2000)}) {
            MockHttpServletResponse response = mvc.perform(post("/unsubscribe/one-click").param("token", token)).andReturn().getResponse();
            assertThat(response.getStatus()).as(token).isEqualTo(404);
            assertThat(mvc.perform(get("/unsubscribe/one-click").param("token", token)).andReturn().getResponse().getStatus()).isEqualTo(404);
        }
        assertThat(mvc.perform(post("/unsubscribe/one-click")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(lists.optedOut(MailingLists.CALLS, "victim@example.org")).isFalse();
        assertThat(lists.optedOut(MailingLists.CALLS, email)).isFalse();
    }

    private double count(String name, String kind) {
        Counter counter = meters.find(name).tag("kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }

    private static void assertUtf8(BodyPart part, String type) throws Exception {
        ContentType contentType = new ContentType(part.getContentType());
        assertThat(contentType.getBaseType()).isEqualTo(type);
        assertThat(contentType.getParameter("charset")).isEqualToIgnoringCase("UTF-8");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
