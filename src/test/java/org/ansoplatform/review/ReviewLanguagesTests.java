package org.ansoplatform.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.review.ReviewingTestData.Expert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The review pages and emails speak the reader's language: track names, not codes (issue 16, items 5 and 6). */
class ReviewLanguagesTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired ReviewingTestData data;

    @Test
    void theProgressPageNamesTheSubjectsTrackInTheReadersLanguage() throws Exception {
        Expert expert = data.reviewer("Track Expert");
        ReviewingTestData.PanelPlan plan = data.panel(clock.instant().plus(Duration.ofDays(20)));
        UUID panel = plan.assign(plan.subject("TRK-1"), expert).reviewing();
        Someone secretary = Someone.register(accounts, "Track Secretary", "SECRETARIAT");

        assertThat(track(panel, secretary, Locale.ENGLISH)).isEqualTo("Doctoral track");
        assertThat(track(panel, secretary, Locale.CHINESE)).isEqualTo("博士项目");
    }

    @Test
    void theReviewingEmailWritesTheDeadlineInTheReadersLongFormWithItsZone() {
        Expert english = data.reviewer("Deadline English", "en");
        Expert russian = data.reviewer("Deadline Russian", "ru");
        int year = clock.instant().atZone(ReviewingTestData.ZONE).getYear() + 1;
        Instant deadline = ZonedDateTime.of(year, 3, 31, 23, 59, 0, 0, ReviewingTestData.ZONE).toInstant();
        ReviewingTestData.PanelPlan plan = data.panel(deadline);
        plan.assign(plan.subject("DLN-1"), english, russian).reviewing();

        assertThat(plain(Mail.awaitBody(english.person().email(), "Reviewing is open")))
                .contains("by 31 March " + year + " at 23:59 (Asia/Shanghai, UTC+08:00)").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        assertThat(plain(Mail.awaitBody(russian.person().email(), "Рецензирование открыто")))
                .contains("до 31 марта " + year + " г. в 23:59 (Asia/Shanghai, UTC+08:00)").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }

    private static String plain(String text) {
        return text.replaceAll("\\h", " ");
    }

    private String track(UUID panel, Someone secretary, Locale locale) throws Exception {
        String html = mvc.perform(get("/secretariat/review/panels/{id}/reviews", panel).locale(locale)
                .header("Accept-Language", locale.toLanguageTag()).with(secretary.signedIn()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String row = RefusedPages.segment(html, "data-subject=", "</tr>");
        assertThat(row).contains("TRK-1").doesNotContain("PHD");
        Matcher track = Pattern.compile("<small class=\"muted track\">([^<]*)</small>").matcher(row);
        assertThat(track.find()).as("the track next to the subject").isTrue();
        return track.group(1);
    }
}
