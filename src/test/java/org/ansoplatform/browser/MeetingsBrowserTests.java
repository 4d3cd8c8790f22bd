package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
        clock.advance(java.time.Duration.ofDays(33));
        Page secretariat = signedInSecretariat();
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

    @Test
    void the2021MeetingsListHasNoDuplicates() {
        Page page = person();
        page.navigate(url("/meetings?year=2021"));
        // the report's list, the projects' three trainings and the two of the demo's history (issue 24): two pages of 20
        assertThat(page.locator("#results > p.muted").first()).hasText("40 results");
        java.util.List<String> titles = new java.util.ArrayList<>(page.locator("#results tbody tr td:nth-child(2) a").allTextContents());
        page.locator("nav.pager a[rel=next]").click();
        assertThat(page.locator("nav.pager a[rel=prev]")).isVisible();
        titles.addAll(page.locator("#results tbody tr td:nth-child(2) a").allTextContents());
        org.assertj.core.api.Assertions.assertThat(titles).hasSize(40).doesNotHaveDuplicates()
                .noneMatch(t -> t.startsWith("ANSO Workshop on Climate Change"));
    }

    /**
     * The organizer of a moderated online course moves its time and the registrants are told; approves two
     * registrations at once; imports a Zoom export with one stranger in it; and a certificate keeps its code when
     * its check-in is undone and redone.
     */
    @Test
    void anOrganizerChangesATimeBulkApprovesImportsZoomAttendanceAndCertificatesKeepTheirCodes() throws Exception {
        String title = "Browser moderated course " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = management.create(TestMeetings.course(title, 10, "https://zoom.example/j/42", true, List.of()));
        String first = TestMeetings.email("bulk-first");
        String second = TestMeetings.email("bulk-second");
        registrations.register(id, TestMeetings.person("Farah Ahmed", first, "PK"), null);
        registrations.register(id, TestMeetings.person("Goran Ilic", second, "RS"), null);

        Page secretariat = signedInSecretariat();

        // both approved in one step, each told in the words of an approval
        secretariat.navigate(url("/secretariat/meetings/" + id));
        secretariat.locator("tr[data-email='" + first + "'] input.select-registration").check();
        secretariat.locator("tr[data-email='" + second + "'] input.select-registration").check();
        secretariat.locator("button.bulk-approve").click();
        assertThat(secretariat.locator(".meeting-notice")).hasText("2 registrations approved.");
        assertThat(secretariat.locator("tr[data-email='" + first + "']")).hasAttribute("data-status", "CONFIRMED");
        assertThat(secretariat.locator("tr[data-email='" + second + "']")).hasAttribute("data-status", "CONFIRMED");
        org.assertj.core.api.Assertions.assertThat(Mail.awaitBody(first, "Registration approved"))
                .contains("has approved your registration").contains("https://zoom.example/j/42");

        // the time moves: everyone registered is told the new time
        secretariat.navigate(url("/secretariat/meetings/" + id + "/edit"));
        secretariat.locator("#startTime").fill("14:00");
        secretariat.locator("#endTime").fill("17:00");
        secretariat.locator("button:text-is('Save')").click();
        org.assertj.core.api.Assertions.assertThat(Mail.awaitBody(second, "Changed: " + title))
                .contains("14:00–17:00 (Asia/Shanghai)");

        // and the organizer writes to them
        secretariat.navigate(url("/secretariat/meetings/" + id));
        secretariat.locator("#group").selectOption("CONFIRMED");
        secretariat.locator("#subject").fill("New time: 14:00");
        secretariat.locator("#body").fill("The course now starts at 14:00 Beijing time.");
        secretariat.locator("form.participant-message button[type=submit]").click();
        assertThat(secretariat.locator(".meeting-notice")).hasText("Message sent to 2 participants.");
        org.assertj.core.api.Assertions.assertThat(Mail.awaitBody(first, "New time: 14:00")).contains("starts at 14:00");

        // the day of the course (a new sign-in: a session does not outlive a month): a Zoom export with one
        // address nobody registered
        clock.advance(java.time.Duration.ofDays(33));
        secretariat = signedInSecretariat();
        Path zoom = Files.createTempFile("zoom-participants", ".csv");
        Files.writeString(zoom, "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
                + "Farah Ahmed," + first + ",03/02/2027 02:00:10 PM,03/02/2027 05:00:00 PM,180,No\n"
                + "Somebody,stranger@example.org,03/02/2027 02:01:00 PM,03/02/2027 02:30:00 PM,29,Yes\n"
                + "Goran Ilic," + second + ",03/02/2027 02:03:00 PM,03/02/2027 05:00:00 PM,177,No\n");
        secretariat.navigate(url("/secretariat/meetings/" + id));
        secretariat.locator("#attendance-file").setInputFiles(zoom);
        secretariat.locator("#attendance-file").locator("xpath=..").locator("button[type=submit]").click();
        assertThat(secretariat.locator(".attendance-recorded")).hasText("Attendance recorded for 2 participants.");
        assertThat(secretariat.locator(".attendance-unplaced li")).hasText("Line 3: stranger@example.org");
        assertThat(secretariat.locator("tr[data-email='" + first + "'] .attended")).isVisible();

        // undoing and redoing a check-in keeps the certificate's code, which still verifies
        String code = registrationQueries.ofMeeting(id).stream().filter(r -> r.email().equals(first)).findFirst()
                .orElseThrow().certificateCode();
        secretariat.navigate(url("/secretariat/meetings/" + id));
        secretariat.locator("tr[data-email='" + first + "'] form:has(button:text('Undo check-in')) button").click();
        assertThat(secretariat.locator("tr[data-email='" + first + "'] button.check-in")).isVisible();
        secretariat.locator("tr[data-email='" + first + "'] button.check-in").click();
        assertThat(secretariat.locator("tr[data-email='" + first + "'] .attended")).isVisible();
        org.assertj.core.api.Assertions.assertThat(registrationQueries.ofMeeting(id).stream()
                .filter(r -> r.email().equals(first)).findFirst().orElseThrow().certificateCode()).isEqualTo(code);

        Page visitor = person();
        visitor.navigate(url("/meetings/certificates/verify"));
        visitor.locator("#code").fill(code);
        visitor.locator("form[role=search] button[type=submit]").click();
        assertThat(visitor.locator(".verified")).containsText("Farah Ahmed");
    }

    private Page signedInSecretariat() {
        Page secretariat = person();
        secretariat.navigate(url("/login"));
        secretariat.locator("#email").fill("secretariat@example.org");
        secretariat.locator("#password").fill("anso-demo-2026");
        secretariat.locator("form button[type=submit]").click();
        assertThat(secretariat).not().hasURL(Pattern.compile(".*/login.*"));
        return secretariat;
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
