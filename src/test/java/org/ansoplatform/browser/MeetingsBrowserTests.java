package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.ansoplatform.Mail;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.RegistrationManagement;
import org.ansoplatform.meetings.RegistrationQueries;
import org.ansoplatform.meetings.TestMeetings;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A training with one place left, its waiting list, promotion, attendance and the certificate, in a real browser. */
class MeetingsBrowserTests extends BrowserTest {

    @Autowired
    MeetingManagement management;

    @Autowired
    RegistrationManagement registrations;

    @Autowired
    RegistrationQueries registrationQueries;

    @Test
    void visitorTakesTheLastPlaceSecondWaitsIsPromotedAttendsAndTheCertificateVerifies() throws Exception {
        String title = "Browser training " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = management.create(TestMeetings.course(title, 2, "https://meet.example.org/browser", false, List.of()));
        registrations.register(id, TestMeetings.person("Early Bird", TestMeetings.email("early"), "CN"), null);
        String first = TestMeetings.email("first");
        String second = TestMeetings.email("second");

        Page a = person();
        a.navigate(url("/meetings"));
        a.locator("header a[href='/meetings']").click();
        a.navigate(url("/meetings/" + id));
        assertThat(a.locator(".places")).containsText("2 places, 1 left");
        register(a, "Amara Okafor", first, "NG");
        assertThat(a.locator(".registered")).hasAttribute("data-status", "CONFIRMED");

        Page b = person();
        b.navigate(url("/meetings/" + id));
        register(b, "Bui Thi Lan", second, "VN");
        assertThat(b.locator(".registered")).hasAttribute("data-status", "WAITING");
        assertThat(b.locator(".registered")).containsText("number 1 on the waiting list");

        // the first cancels through the link in her confirmation
        a.navigate(link(Mail.awaitBody(first, "Registration confirmed")));
        assertThat(a.locator(".online-link")).hasText("https://meet.example.org/browser");
        a.locator("button.cancel").click();
        assertThat(a.locator(".flash.success")).containsText("cancelled");
        assertThat(a.locator("section.own-registration")).hasAttribute("data-status", "CANCELLED");

        // the second is promoted and told so
        String promotion = Mail.awaitBody(second, "A place is yours");
        org.assertj.core.api.Assertions.assertThat(promotion).contains(title).contains("https://meet.example.org/browser");
        b.navigate(link(Mail.awaitBody(second, "Waiting list")));
        assertThat(b.locator("section.own-registration")).hasAttribute("data-status", "CONFIRMED");
        assertThat(b.locator(".online-link")).hasText("https://meet.example.org/browser");

        // the Secretariat checks her in
        Page secretariat = person();
        secretariat.navigate(url("/login"));
        secretariat.locator("#email").fill("secretariat@example.org");
        secretariat.locator("#password").fill("anso-demo-2026");
        secretariat.locator("form button[type=submit]").click();
        clock.advance(java.time.Duration.ofDays(33));
        secretariat.navigate(url("/secretariat/meetings/" + id));
        secretariat.locator("tr[data-email='" + second + "'] button.check-in").click();
        assertThat(secretariat.locator("tr[data-email='" + second + "'] .attended")).isVisible();

        // her certificate downloads, and its code verifies on the public page
        b.reload();
        Download download = b.waitForDownload(() -> b.locator("a.certificate").click());
        byte[] pdf = Files.readAllBytes(download.path());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        org.assertj.core.api.Assertions.assertThat(text).contains("Bui Thi Lan").contains(title);
        Matcher code = Pattern.compile("ANSO-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}").matcher(text);
        org.assertj.core.api.Assertions.assertThat(code.find()).as("a verification code in " + text).isTrue();

        Page visitor = person();
        visitor.navigate(url("/meetings/certificates/verify"));
        visitor.locator("#code").fill(code.group());
        visitor.locator("form[role=search] button[type=submit]").click();
        assertThat(visitor.locator(".verified")).containsText("Bui Thi Lan");
        assertThat(visitor.locator(".verified")).containsText(title);
    }

    private static void register(Page page, String name, String email, String country) {
        page.locator("#name").fill(name);
        page.locator("#email").fill(email);
        page.locator("#country").selectOption(country);
        page.locator(".registration-form button[type=submit]").click();
    }

    private static String link(String body) {
        Matcher link = Pattern.compile("https?://\\S+/meetings/registration\\?token=\\S+").matcher(body);
        if (!link.find()) {
            throw new AssertionError("no registration link in " + body);
        }
        return link.group();
    }
}
