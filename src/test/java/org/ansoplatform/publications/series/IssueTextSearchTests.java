package org.ansoplatform.publications.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.PdfRenderer;
import org.ansoplatform.publications.AccessPolicy;
import org.ansoplatform.publications.Cadence;
import org.ansoplatform.publications.PublicationManagement;
import org.ansoplatform.publications.PublicationQueries;
import org.ansoplatform.publications.SeriesKind;
import org.ansoplatform.search.SearchHit;
import org.ansoplatform.search.SearchQueries;
import org.ansoplatform.search.SearchRequest;
import org.ansoplatform.search.indexing.SearchIndexer;
import org.ansoplatform.shared.Reader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The words of an issue's PDFs find it in search, in English and in Chinese; a disguised upload is refused. */
class IssueTextSearchTests extends IntegrationTest {

    @Autowired PublicationManagement management;
    @Autowired PublicationQueries queries;
    @Autowired PdfRenderer pdf;
    @Autowired SearchQueries search;
    @Autowired SearchIndexer indexer;

    @Test
    void wordsOfItsEnglishAndChinesePdfsFindAPublishedIssue() {
        assertThat(indexer.awaitBuilt(Duration.ofSeconds(60))).isTrue();
        SeriesFixtures f = new SeriesFixtures(management, clock);
        String english = SeriesFixtures.word();
        String chinese = chinese(4);
        UUID series = f.series("Weekly forecast " + english, SeriesKind.ADVISORY_REPORT_SERIES, Cadence.WEEKLY, AccessPolicy.PUBLIC,
                null, List.of(), List.of());
        UUID issue = f.draft(series, 1, LocalDate.of(2035, 1, 8), "Pandemic forecast");
        f.attachPdf(pdf, issue, "en", "Pandemic forecast", List.of("Cases of " + english + " fell in the third week."));
        f.attachPdf(pdf, issue, "zh", "疫情预测", List.of("本周" + chinese + "病例下降。"));
        assertThat(queries.any(issue).orElseThrow().issue().files()).extracting(x -> x.text())
                .anySatisfy(t -> assertThat(t).contains(english)).anySatisfy(t -> assertThat(t).contains(chinese));

        String path = "/publications/issues/" + issue;
        assertThat(paths(english, Locale.ENGLISH)).doesNotContain(path);
        management.publish(issue, f.editor());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(paths(english, Locale.ENGLISH)).contains(path));
        assertThat(paths(chinese, Locale.CHINESE)).contains(path);

        management.withdraw(issue, "Superseded by a corrected forecast", f.editor());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(paths(english, Locale.ENGLISH)).doesNotContain(path));
    }

    @Test
    void anUploadThatIsNotWhatItSaysIsRefused() {
        SeriesFixtures f = new SeriesFixtures(management, clock);
        UUID series = f.series("Uploads " + SeriesFixtures.word(), SeriesKind.MAGAZINE, Cadence.IRREGULAR, AccessPolicy.PUBLIC, null,
                List.of(), List.of());
        UUID issue = f.draft(series, 1, LocalDate.of(2035, 2, 1), "Upload");
        assertThatThrownBy(() -> management.attach(issue, "en", "report.pdf",
                new ByteArrayInputStream("just some text pretending".getBytes(StandardCharsets.UTF_8)), f.editor()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("files.error.disguised"));
        assertThatThrownBy(() -> management.attach(issue, "xx", "notes.txt",
                new ByteArrayInputStream("plain".getBytes(StandardCharsets.UTF_8)), f.editor()))
                .isInstanceOf(InvalidInputException.class);
        management.attach(issue, "en", "notes.txt", new ByteArrayInputStream("plain notes".getBytes(StandardCharsets.UTF_8)),
                f.editor());
        assertThat(queries.any(issue).orElseThrow().issue().files()).singleElement()
                .satisfies(x -> assertThat(x.text()).isEqualTo("plain notes"));
    }

    private List<String> paths(String q, Locale locale) {
        return search.search(SearchRequest.of(q), Reader.anonymous(), locale).hits().items().stream().map(SearchHit::path).toList();
    }

    /** Common Chinese characters the fallback font has, drawn at random so the word is this test's own. */
    static String chinese(int length) {
        String pool = "研究合作科学技术发展创新农业气候生态健康医疗疫苗数据平台国际联盟区域城市水资源能源教育培训环境";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(pool.charAt(ThreadLocalRandom.current().nextInt(pool.length())));
        }
        return b.toString();
    }
}
