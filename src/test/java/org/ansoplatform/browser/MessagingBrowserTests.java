package org.ansoplatform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ansoplatform.Mail;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.messaging.MailingSender;
import org.ansoplatform.calls.messaging.MessageTemplates;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Secretariat filters a call's applications to the unfinished drafts, writes to everyone in the list through a
 * template with {@code {name}}, previews and sends; each applicant gets one message greeting them once; then it
 * downloads an application's packet. At a desktop's width and at a phone's.
 */
class MessagingBrowserTests extends BrowserTest {

    @Autowired CallManagement calls;
    @Autowired ApplicationIntake applications;
    @Autowired AccountManagement accounts;
    @Autowired MessageTemplates templates;
    @Autowired MailingSender sender;

    @Test
    void theSecretariatWritesToEveryDraftAndDownloadsAPacketOnADesktop() throws Exception {
        journey(person(1280, 800, "Europe/Berlin"));
    }

    @Test
    void theSecretariatWritesToEveryDraftAndDownloadsAPacketOnAPhone() throws Exception {
        journey(person(390, 844, "Asia/Shanghai"));
    }

    private void journey(Page page) throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        UUID callId = calls.create(CallTestDataAccess.call("write", now.minusDays(1), now.plusDays(10)));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Someone first = Someone.register(accounts, "Amina Draft", "APPLICANT");
        Someone second = Someone.register(accounts, "Kwame Draft", "APPLICANT");
        UUID firstDraft = applications.start(callId, first);
        applications.start(callId, second);
        // a two-page CV, so that the packet holds the cover, the answers and the screening, then the CV's pages
        applications.upload(firstDraft, "cv", "cv.pdf", stream(twoPages()), first);
        Someone done = Someone.register(accounts, "Sora Submitted", "APPLICANT");
        CallTestDataAccess.submitted(applications, callId, done, "JP");
        String subject = "Your draft is waiting " + tag;
        templates.save(null, callId, "Draft reminder " + tag, Map.of("en", subject),
                Map.of("en", "Dear {name},\n\nYour application to {call} is still a draft. It lacks:\n{missing}\n\n{link}"));

        signIn(page, "secretariat@example.org", DEMO_PASSWORD);
        page.navigate(url("/secretariat/calls/" + callId + "/applications"));
        page.locator("form.filters select[name=status]").selectOption("DRAFT");
        page.locator("form.filters button[type=submit]").click();
        page.waitForURL(address -> address.contains("status=DRAFT"));
        assertThat(page.locator("a.write-to-all").textContent()).contains("(2)");
        page.locator("a.write-to-all").click();
        page.waitForURL(address -> address.contains("/messages/new") && address.contains("status=DRAFT"));
        assertThat(page.locator(".recipient-count").textContent()).contains("2 recipients");

        page.locator("form.template-picker select[name=template]").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Draft reminder " + tag));
        page.locator("form.template-picker button[type=submit]").click();
        page.waitForURL(address -> address.contains("template="));
        assertThat(page.locator("input[name=subject]").inputValue()).isEqualTo(subject);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
        page.locator(".message-preview").waitFor();
        assertThat(page.locator(".message-preview").textContent()).contains("Dear Amina Draft,", "Dear Kwame Draft,")
                .doesNotContain("Sora Submitted");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to 2 applicants")).click();
        page.waitForURL(address -> address.endsWith("/messages"));
        sender.sendAll();

        String body = Mail.awaitBody(first.email(), subject);
        assertThat(body).contains("Dear Amina Draft,", "/applications/");
        assertThat(body.split("Dear ", -1)).hasSize(2);
        assertThat(Mail.awaitBody(second.email(), subject)).contains("Dear Kwame Draft,");
        page.reload();
        assertThat(page.locator("tr td.sent").first().textContent()).isEqualTo("2 of 2");

        page.navigate(url("/applications/" + firstDraft));
        Download download = page.waitForDownload(() -> page.locator("a.application-packet").click());
        try (PDDocument packet = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            assertThat(packet.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }
    }

    static byte[] twoPages() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    static ByteArrayInputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
