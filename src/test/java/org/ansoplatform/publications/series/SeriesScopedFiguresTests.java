package org.ansoplatform.publications.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.figures.FigureQueries;
import org.ansoplatform.figures.FigureRef;
import org.ansoplatform.platform.Records;
import org.ansoplatform.publications.AccessPolicy;
import org.ansoplatform.publications.Cadence;
import org.ansoplatform.publications.PublicationManagement;
import org.ansoplatform.publications.SeriesKind;
import org.ansoplatform.shared.FigureScope;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 24: advisory reports by series (the report's 13 + 10 + 39) and the series' scope {@code series=ID}; an issue
 * listed with its date and series.
 */
class SeriesScopedFiguresTests extends IntegrationTest {

    /** A year no other test publishes issues in. */
    private static final int YEAR = 2036;

    @Autowired
    PublicationManagement management;

    @Autowired
    FigureQueries figures;

    @Autowired
    Records records;

    @Test
    void advisoryReportsCountBySeriesAndASeriesScopeCountsItsOwnIssues() {
        SeriesFixtures f = new SeriesFixtures(management, clock);
        String word = SeriesFixtures.word();
        UUID advisory = f.series("Scoped advisory " + word, SeriesKind.ADVISORY_REPORT_SERIES, Cadence.IRREGULAR, AccessPolicy.RESTRICTED,
                null, List.of(), List.of());
        UUID silent = f.series("Scoped silent advisory " + word, SeriesKind.ADVISORY_REPORT_SERIES, Cadence.IRREGULAR,
                AccessPolicy.RESTRICTED, null, List.of(), List.of());
        UUID magazine = f.series("Scoped magazine " + word, SeriesKind.MAGAZINE, Cadence.IRREGULAR, AccessPolicy.PUBLIC, null, List.of(),
                List.of());
        f.published(advisory, 1, LocalDate.of(YEAR - 1, 3, 1), "Advisory 1");
        f.published(advisory, 2, LocalDate.of(YEAR - 1, 9, 1), "Advisory 2");
        for (int n = 3; n <= 5; n++) {
            f.published(advisory, n, LocalDate.of(YEAR, n, 1), "Advisory " + n);
        }
        UUID outreach = f.published(magazine, 1, LocalDate.of(YEAR, 4, 15), "Outreach 1");

        FigureRef cumulative = ref("publications.advisoryReportsCumulative[" + advisory + "]");
        FigureRef ofYear = ref("publications.advisoryReports[" + advisory + "]");
        FigureRef none = ref("publications.advisoryReportsCumulative[" + silent + "]");
        FigureRef scopedCumulative = ref("publications.advisoryReportsCumulative@series=" + advisory);
        FigureRef scopedIssues = ref("publications.issues@series=" + magazine);
        FigureRef notAdvisory = ref("publications.advisoryReports@series=" + magazine);
        Map<FigureRef, FigureQueries.Resolved> resolved = figures.resolve(List.of(cumulative, ofYear, none, scopedCumulative,
                scopedIssues, notAdvisory), YEAR);

        assertThat(resolved.get(cumulative).value()).isEqualTo(5);
        assertThat(resolved.get(ofYear).value()).isEqualTo(3);
        assertThat(resolved.get(none).ok()).as("every advisory series is a part, at 0 without issues").isTrue();
        assertThat(resolved.get(none).value()).isZero();
        assertThat(resolved.get(scopedCumulative).value()).isEqualTo(5);
        assertThat(resolved.get(scopedIssues).value()).isEqualTo(1);
        assertThat(resolved.get(notAdvisory).problem()).isEqualTo(FigureQueries.Problem.UNKNOWN_SCOPE);

        assertThat(figures.scopes(YEAR).get("publications")).anySatisfy(choice -> {
            assertThat(choice.scope()).isEqualTo(new FigureScope("series", magazine.toString()));
            assertThat(choice.label().in(Locale.ENGLISH)).isEqualTo("Scoped magazine " + word);
        });

        RecordView issue = records.describe(PublicationManagement.issueRef(outreach), Reader.anonymous(), Locale.ENGLISH);
        assertThat(issue.visible()).isTrue();
        assertThat(issue.date()).isEqualTo(LocalDate.of(YEAR, 4, 15));
        assertThat(issue.detail()).isEqualTo("Scoped magazine " + word);
        assertThat(issue.illustrative()).isFalse();
    }

    @Test
    void anUnknownSeriesNamesNothing() {
        List<FigureRef> unknown = List.of(ref("publications.issues@series=" + UUID.randomUUID()), ref("publications.issues@series=outreach"),
                ref("publications.issues@call=x"), ref("publications.newsPublished@series=" + UUID.randomUUID()));
        assertThat(figures.resolve(unknown, YEAR).values())
                .allSatisfy(resolved -> assertThat(resolved.problem()).isEqualTo(FigureQueries.Problem.UNKNOWN_SCOPE));
    }

    private static FigureRef ref(String text) {
        return FigureRef.parse(text).orElseThrow(() -> new AssertionError("not a reference: " + text));
    }
}
