package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.ansoplatform.meetings.MeetingCommand;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.Question;
import org.ansoplatform.meetings.QuestionType;
import org.ansoplatform.meetings.RegistrationCommand;
import org.ansoplatform.meetings.RegistrationManagement;
import org.ansoplatform.meetings.TestMeetings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15's organizer pages at phone width (390 px): the registrations with their filters and bulk approval,
 * the attendance import, the message to registrants, the meeting form with its questions in every language and
 * the registration form with typed questions; nothing may make the page wider than the screen.
 */
class MeetingsPhoneBrowserTests extends BrowserTest {

    static final int PHONE = 390;

    @Autowired
    MeetingManagement management;
    @Autowired
    RegistrationManagement registrations;

    @Test
    void theOrganizersMeetingPagesFitAPhoneWithoutScrollingSideways() {
        String title = "Phone-width course on Interdisciplinary Hydrometeorological Observation Networks "
                + UUID.randomUUID().toString().substring(0, 6);
        Question choice = new Question(QuestionType.CHOICE,
                TestMeetings.en("Which observation network does your institution currently operate or plan to join?"), true,
                List.of(new Question.Option(null, TestMeetings.en("Global Precipitation Climatology Centre affiliated network")),
                        new Question.Option(null, TestMeetings.en("None"))));
        MeetingCommand c = TestMeetings.course(title, 1, "https://meet.example.org/phone-width-course", true,
                List.of(choice, Question.text(TestMeetings.en("Field"), false)));
        UUID id = management.create(c);
        for (int i = 0; i < 3; i++) {
            registrations.register(id, new RegistrationCommand("Participant with a rather long name number " + i,
                    "a.very.long.address.of.participant." + i + "." + UUID.randomUUID() + "@institute-of-hydrology.example.org",
                    "KE", "Kenya Meteorological Department, Institute for Meteorological Training and Research", null, null,
                    List.of("o1", "Hydrometeorology"), "en"), null);
        }

        Page phone = person(PHONE, 844, "Africa/Nairobi");
        phone.navigate(url("/login"));
        phone.locator("#email").fill("secretariat@example.org");
        phone.locator("#password").fill(DEMO_PASSWORD);
        phone.locator("form button[type=submit]").click();
        assertThat(phone).not().hasURL(Pattern.compile(".*/login.*"));

        List<String> wide = new ArrayList<>();
        for (String path : List.of("/secretariat/meetings/" + id, "/secretariat/meetings/" + id + "?status=PENDING&answer=0:o1",
                "/secretariat/meetings/" + id + "/edit", "/secretariat/meetings", "/meetings/" + id)) {
            phone.navigate(url(path));
            int overflow = ((Number) phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
            if (overflow > 0) {
                wide.add(path + " is " + overflow + " px too wide: " + phone.evaluate("""
                        () => [...document.querySelectorAll('body *')]
                              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
                                           && !e.closest('.table-wrap'))
                              .slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ')"""));
            }
        }
        org.assertj.core.api.Assertions.assertThat(wide).isEmpty();
        // the bulk approval and the filters are still there to use
        phone.navigate(url("/secretariat/meetings/" + id));
        assertThat(phone.locator("button.bulk-approve")).isVisible();
        assertThat(phone.locator("form.registration-filters select[name=answer]")).isVisible();
    }
}
