package org.ansoplatform.publications.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.publications.AccessPolicy;
import org.ansoplatform.publications.Cadence;
import org.ansoplatform.publications.PublicationManagement;
import org.ansoplatform.publications.PublicationQueries;
import org.ansoplatform.publications.SeriesKind;
import org.ansoplatform.shared.Figure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The series' rules: numbers, dates in order, missed weekly and monthly issues, counts per series and year. */
class SeriesRulesTests extends IntegrationTest {

    @Autowired PublicationManagement management;
    @Autowired PublicationQueries queries;
    @Autowired SeriesCountQueries counts;
    @Autowired SeriesFigures figures;
    @Autowired AccountManagement accounts;
    @Autowired MockMvc mvc;

    SeriesFixtures fixtures() {
        return new SeriesFixtures(management, clock);
    }

    @Test
    void aDuplicateNumberIsRefusedNextToTheField() throws Exception {
        SeriesFixtures f = fixtures();
        UUID series = f.series("Duplicates " + SeriesFixtures.word(), SeriesKind.MAGAZINE, Cadence.IRREGULAR, AccessPolicy.PUBLIC,
                null, List.of(), List.of());
        f.draft(series, 1, LocalDate.of(2031, 1, 10), "First");
        assertThatThrownBy(() -> f.draft(series, 1, LocalDate.of(2031, 2, 10), "Again"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).isEqualTo("number");
                            assertThat(v.messageKey()).isEqualTo("publications.error.duplicateNumber");
                        }));

        Someone secretariat = Someone.register(accounts, "Publications Secretariat", "SECRETARIAT");
        var response = mvc.perform(post("/publications/manage/series/" + series + "/issues").with(secretariat.signedIn()).with(csrf())
                .param("number", "1").param("date", "2031-03-01").param("title[en]", "Duplicate on the form"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("number-error", "already has an issue numbered 1");
    }

    @Test
    void aDateOutOfTheNumbersOrderIsRefusedWithTheNeighboursDate() {
        SeriesFixtures f = fixtures();
        UUID series = f.series("Order " + SeriesFixtures.word(), SeriesKind.MAGAZINE, Cadence.IRREGULAR, AccessPolicy.PUBLIC, null,
                List.of(), List.of());
        f.draft(series, 1, LocalDate.of(2032, 1, 10), "One");
        f.draft(series, 3, LocalDate.of(2032, 3, 10), "Three");
        assertThatThrownBy(() -> f.draft(series, 2, LocalDate.of(2032, 1, 5), "Two too early"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.messageKey()).isEqualTo("publications.error.dateBefore")));
        assertThatThrownBy(() -> f.draft(series, 2, LocalDate.of(2032, 4, 1), "Two too late"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).isEqualTo("date");
                            assertThat(v.messageKey()).isEqualTo("publications.error.dateAfter");
                            assertThat(v.args()).containsExactly(3, "2032-03-10");
                        }));
        f.draft(series, 2, LocalDate.of(2032, 2, 10), "Two in order");
        assertThat(queries.allIssues(series)).extracting(i -> i.number()).containsExactly(1, 2, 3);
    }

    @Test
    void aMissedWeeklyIssueIsListedForTheEditors() throws Exception {
        SeriesFixtures f = fixtures();
        LocalDate today = LocalDate.now(clock);
        LocalDate start = today.minusWeeks(5);
        UUID series = f.series("Weekly " + SeriesFixtures.word(), SeriesKind.ADVISORY_REPORT_SERIES, Cadence.WEEKLY,
                AccessPolicy.PUBLIC, start, List.of(), List.of());
        f.published(series, 1, start, "Week one");
        f.published(series, 2, start.plusWeeks(1).plusDays(2), "Week two");
        f.published(series, 3, start.plusWeeks(3), "Week four");
        f.published(series, 4, start.plusWeeks(4).plusDays(1), "Week five");
        var s = queries.series(series).orElseThrow();
        assertThat(queries.missed(s)).containsExactly(start.plusWeeks(2));

        Someone secretariat = Someone.register(accounts, "Publications Editor", "SECRETARIAT");
        String html = mvc.perform(get("/publications/manage").with(secretariat.signedIn())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains(series.toString(), "expected " + start.plusWeeks(2));

        clock.advance(java.time.Duration.ofDays(8));
        assertThat(queries.missed(s)).containsExactly(start.plusWeeks(2), start.plusWeeks(5));
    }

    @Test
    void aMonthlySeriesCountsMonthsAndAnEndedSeriesExpectsNothingAfterItsEnd() {
        assertThat(MissedIssues.missed(Cadence.MONTHLY, LocalDate.of(2021, 1, 31), LocalDate.of(2021, 6, 30),
                List.of(LocalDate.of(2021, 1, 31), LocalDate.of(2021, 3, 5), LocalDate.of(2021, 4, 30)), LocalDate.of(2026, 1, 1)))
                .containsExactly(LocalDate.of(2021, 3, 31), LocalDate.of(2021, 5, 31));
        assertThat(MissedIssues.missed(Cadence.YEARLY, LocalDate.of(2021, 1, 1), null, List.of(), LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void countsPerSeriesPerYearAndCumulativeAddUpTo62() {
        SeriesFixtures f = fixtures();
        String word = SeriesFixtures.word();
        UUID advisory = f.series("Advisory " + word, SeriesKind.ADVISORY_REPORT_SERIES, Cadence.IRREGULAR, AccessPolicy.RESTRICTED,
                null, List.of(), List.of());
        UUID monthly = f.series("Monthly " + word, SeriesKind.ADVISORY_REPORT_SERIES, Cadence.MONTHLY, AccessPolicy.RESTRICTED,
                null, List.of(), List.of());
        UUID weekly = f.series("Weekly " + word, SeriesKind.ADVISORY_REPORT_SERIES, Cadence.WEEKLY, AccessPolicy.RESTRICTED,
                null, List.of(), List.of());
        for (int n = 1; n <= 13; n++) {
            f.published(advisory, n, LocalDate.of(2040, 1, 1).plusDays(40L * (n - 1)), "Advisory " + n);
        }
        for (int n = 1; n <= 10; n++) {
            f.published(monthly, n, LocalDate.of(2041, 3, 1).plusMonths(n - 1), "Monthly " + n);
        }
        for (int n = 1; n <= 39; n++) {
            f.published(weekly, n, LocalDate.of(2041, 4, 5).plusWeeks(n - 1), "Weekly " + n);
        }
        assertThat(counts.byYear(advisory)).extracting(SeriesCountQueries.YearCount::count).containsExactly(10L, 3L);
        assertThat(counts.byYear(advisory)).last().extracting(SeriesCountQueries.YearCount::cumulative).isEqualTo(13L);
        long total = counts.byYear(advisory).get(1).cumulative() + counts.byYear(monthly).get(0).cumulative()
                + counts.byYear(weekly).get(0).cumulative();
        assertThat(total).isEqualTo(62);

        Figure inYear = figure(2041, SeriesFigures.ISSUES);
        assertThat(inYear.parts()).filteredOn(p -> p.code().equals(monthly.toString())).singleElement()
                .satisfies(p -> assertThat(p.count()).isEqualTo(10));
        assertThat(inYear.parts()).filteredOn(p -> p.code().equals(weekly.toString())).singleElement()
                .satisfies(p -> assertThat(p.count()).isEqualTo(39));
        assertThat(figure(2041, SeriesFigures.ADVISORY_CUMULATIVE).count() - figure(2039, SeriesFigures.ADVISORY_CUMULATIVE).count())
                .isEqualTo(62);
    }

    @Test
    void theDemoCountsThirteenTenAndThirtyNineAdvisoryReportsUpTo2021() {
        assertThat(figure(2021, SeriesFigures.ADVISORY_CUMULATIVE).count()).isEqualTo(62);
        assertThat(queries.seriesByKind(SeriesKind.NEWSLETTER)).extracting(s -> s.title().get("en")).contains("ANSO Newsletter");
        assertThat(queries.seriesByKind(SeriesKind.ADVISORY_REPORT_SERIES)).filteredOn(s -> s.illustrative())
                .extracting(s -> counts.byYear(s.id()).stream().mapToLong(SeriesCountQueries.YearCount::count).sum())
                .containsExactlyInAnyOrder(13L, 10L, 39L);
    }

    @Test
    void theSecretariatCreatesASeriesAndAWrongIssnIsRefusedNextToItsField() throws Exception {
        Someone secretariat = Someone.register(accounts, "Series Secretariat", "SECRETARIAT");
        Someone other = Someone.register(accounts, "Series Outsider", "APPLICANT");
        String title = "Created " + SeriesFixtures.word();
        var refused = mvc.perform(post("/publications/manage/series").with(secretariat.signedIn()).with(csrf())
                .param("kind", "MAGAZINE").param("cadence", "MONTHLY").param("title[en]", title).param("issn", "0317-8472")
                .param("numberLabel", "No. {n}").param("accessPolicy", "PUBLIC")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("issn-error", "check character");
        assertThat(mvc.perform(post("/publications/manage/series").with(other.signedIn()).with(csrf())
                .param("kind", "MAGAZINE").param("cadence", "MONTHLY").param("title[en]", title).param("accessPolicy", "PUBLIC"))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        var created = mvc.perform(post("/publications/manage/series").with(secretariat.signedIn()).with(csrf())
                .param("kind", "MAGAZINE").param("cadence", "MONTHLY").param("title[en]", title).param("issn", "0317-8471")
                .param("numberLabel", "Vol. 1, No. {n}").param("accessPolicy", "PUBLIC").param("editorEmails", other.email()))
                .andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        var series = queries.allSeries().stream().filter(s -> s.title().get("en").equals(title)).findFirst().orElseThrow();
        assertThat(series.issn()).isEqualTo("0317-8471");
        assertThat(series.editors()).containsExactly(other.id());
        assertThat(series.numbered(4)).isEqualTo("Vol. 1, No. 4");
        assertThat(mvc.perform(get("/publications/manage/series/" + series.id() + "/edit").with(other.signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/publications/manage/series/new").with(other.signedIn())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void anIssnIsCheckedByItsCheckCharacter() {
        assertThat(IssueInput.issnValid("0317-8471")).isTrue();
        assertThat(IssueInput.issnValid("2434-561X")).isTrue();
        assertThat(IssueInput.issnValid("0317-8472")).isFalse();
    }

    private Figure figure(int year, String key) {
        return figures.figures(year).stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
    }
}
