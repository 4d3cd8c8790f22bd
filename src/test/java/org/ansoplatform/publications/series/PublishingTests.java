package org.ansoplatform.publications.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.XmlSchemas;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.identifiers.ResourceTypeGeneral;
import org.ansoplatform.publications.AccessPolicy;
import org.ansoplatform.publications.Cadence;
import org.ansoplatform.publications.IssueView;
import org.ansoplatform.publications.PublicationManagement;
import org.ansoplatform.publications.PublicationQueries;
import org.ansoplatform.publications.SeriesKind;
import org.ansoplatform.publications.SeriesView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** DOIs and DataCite records, citations, Atom feeds read by Rome, and the API's reading and writing. */
class PublishingTests extends IntegrationTest {

    @Autowired PublicationManagement management;
    @Autowired PublicationQueries queries;
    @Autowired IssueDois dois;
    @Autowired AccountManagement accounts;
    @Autowired MockMvc mvc;

    @Test
    void anAdvisoryReportsDataCiteRecordIsAValidReportAndTheIssuePageCitesIt() throws Exception {
        SeriesFixtures f = new SeriesFixtures(management, clock);
        UUID series = f.series("Advisory DataCite " + SeriesFixtures.word(), SeriesKind.ADVISORY_REPORT_SERIES, Cadence.IRREGULAR,
                AccessPolicy.PUBLIC, null, List.of(), List.of());
        UUID issue = f.published(series, 1, LocalDate.of(2036, 3, 1), "Water security in Central Asia");
        SeriesView s = queries.series(series).orElseThrow();
        IssueView i = queries.any(issue).orElseThrow().issue();
        String xml = dois.dataCiteXml(s, i);
        assertThat(XmlSchemas.problems(XmlSchemas.DATACITE_KERNEL_4, xml)).isEmpty();
        assertThat(xml).contains("resourceTypeGeneral=\"Report\"", "0000-0002-1825-0097", "Water security in Central Asia");
        assertThat(IssueDataCite.resourceType(SeriesKind.MAGAZINE)).isEqualTo(ResourceTypeGeneral.TEXT);

        String page = mvc.perform(get("/publications/issues/" + issue)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Water security in Central Asia", "class=\"doi\"", "Li Wei", "BibTeX");
        String chinese = mvc.perform(get("/publications/issues/" + issue).param("style", "china-national-standard-gb-t-7714-2015-numeric"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(chinese).contains("aria-current=\"true\"", "GB/T 7714-2015", "[R/OL]");
        String bibtex = mvc.perform(get("/publications/issues/" + issue + "/cite/bibtex")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(bibtex).contains("Water security in Central Asia");
        assertThat(mvc.perform(get("/publications/issues/" + issue + "/cite/ris")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/publications/issues/" + issue + "/cite/nonsense")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(dois.doi(i)).isPresent());
        Someone secretariat = Someone.register(accounts, "Doi Secretariat", "SECRETARIAT");
        assertThat(mvc.perform(get("/publications/manage/issues/" + issue).with(secretariat.signedIn())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("data-state=\"DRAFT\"", "local draft, not sent to DataCite");

        management.withdraw(issue, "Replaced by a corrected edition", f.editor());
        var tombstone = mvc.perform(get("/publications/issues/" + issue)).andReturn().getResponse();
        assertThat(tombstone.getStatus()).isEqualTo(200);
        assertThat(tombstone.getContentAsString(StandardCharsets.UTF_8)).contains("Replaced by a corrected edition")
                .doesNotContain("BibTeX");
        assertThat(mvc.perform(get("/publications/issues/" + issue + "/cite/bibtex")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void theFeedsParseWithRomeAndHoldPublicIssuesOnly() throws Exception {
        SeriesFixtures f = new SeriesFixtures(management, clock);
        String word = SeriesFixtures.word();
        UUID series = f.series("Feed " + word, SeriesKind.MAGAZINE, Cadence.MONTHLY, AccessPolicy.PUBLIC, null, List.of(), List.of());
        UUID open = f.published(series, 1, LocalDate.now(clock).minusDays(2), "Open " + word);
        UUID members = management.draftIssue(series, new org.ansoplatform.publications.IssueCommand(2, null,
                LocalDate.now(clock).minusDays(1), org.ansoplatform.shared.LocalizedText.of("Members " + word, null), null, List.of(),
                List.of(), List.of(), List.of(), AccessPolicy.MEMBERS, null, List.of(), List.of()), false, f.editor());
        management.publish(members, f.editor());
        UUID draft = f.draft(series, 3, LocalDate.now(clock), "Draft " + word);

        SyndFeed ofSeries = feed("/publications/series/" + series + "/feed.atom");
        assertThat(ofSeries.getFeedType()).isEqualTo("atom_1.0");
        assertThat(ofSeries.getEntries()).extracting(SyndEntry::getUri).containsExactly("urn:uuid:" + open);
        SyndFeed all = feed("/publications/feed.atom");
        assertThat(all.getEntries()).extracting(SyndEntry::getUri).contains("urn:uuid:" + open)
                .doesNotContain("urn:uuid:" + members, "urn:uuid:" + draft);
        assertThat(all.getEntries()).extracting(SyndEntry::getTitle).noneMatch(t -> t.contains("Members " + word));
    }

    @Test
    void theApiListsWhatTheReaderMayOpenAndOnlyEditorsDraftIssues() throws Exception {
        SeriesFixtures f = new SeriesFixtures(management, clock);
        Someone editor = Someone.register(accounts, "Api Editor", "APPLICANT");
        Someone other = Someone.register(accounts, "Api Other", "APPLICANT");
        Someone secretariat = Someone.register(accounts, "Api Secretariat", "SECRETARIAT");
        String word = SeriesFixtures.word();
        UUID series = f.series("Api " + word, SeriesKind.MAGAZINE, Cadence.IRREGULAR, AccessPolicy.PUBLIC, null,
                List.of(editor.id()), List.of());
        UUID published = f.published(series, 1, LocalDate.of(2037, 1, 1), "Published " + word);
        f.draft(series, 2, LocalDate.of(2037, 2, 1), "Drafted " + word);

        String list = mvc.perform(get("/api/v1/publications/issues").param("series", series.toString())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains(published.toString()).doesNotContain("Drafted " + word);
        assertThat(mvc.perform(get("/api/v1/publications/series/" + series)).andReturn().getResponse().getContentAsString())
                .contains("\"kind\":\"MAGAZINE\"");

        String body = "{\"seriesId\":\"" + series + "\",\"number\":%d,\"date\":\"2037-0%d-01\",\"title\":{\"en\":\"Posted " + word + "\"}}";
        assertThat(mvc.perform(post("/api/v1/publications/issues").contentType(MediaType.APPLICATION_JSON).content(body.formatted(3, 3))
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(post("/api/v1/publications/issues").contentType(MediaType.APPLICATION_JSON).content(body.formatted(3, 3))
                .with(other.signedIn()).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/api/v1/publications/issues").contentType(MediaType.APPLICATION_JSON).content(body.formatted(3, 3))
                .with(editor.signedIn()).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(201);
        assertThat(mvc.perform(post("/api/v1/publications/issues").contentType(MediaType.APPLICATION_JSON).content(body.formatted(3, 4))
                .with(secretariat.signedIn()).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(post("/api/v1/publications/issues").contentType(MediaType.APPLICATION_JSON).content(body.formatted(4, 4))
                .with(secretariat.signedIn()).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(201);
        assertThat(queries.allIssues(series)).hasSize(4);
    }

    @Test
    void thePagesSpeakEveryLanguageAndTheDemoSeriesAreListed() throws Exception {
        Someone secretariat = Someone.register(accounts, "Language Secretariat", "SECRETARIAT");
        UUID weekly = queries.seriesByKind(SeriesKind.ADVISORY_REPORT_SERIES).stream()
                .filter(s -> s.title().get("en").equals("ANSO Pandemic Forecast Information Platform Weekly Report")).findFirst()
                .orElseThrow().id();
        for (String language : List.of("en", "zh", "ru", "es", "fr")) {
            for (String path : List.of("/publications", "/publications/series/" + weekly, "/publications/manage",
                    "/publications/manage/series/" + weekly, "/publications/manage/series/" + weekly + "/issues/new",
                    "/publications/manage/series/" + weekly + "/edit", "/publications/manage/series/new")) {
                var response = mvc.perform(get(path).header("Accept-Language", language).with(secretariat.signedIn()))
                        .andReturn().getResponse();
                assertThat(response.getStatus()).as(language + " " + path).isEqualTo(200);
                assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(language + " " + path)
                        .doesNotContain("??publications.");
            }
        }
        String list = mvc.perform(get("/publications").header("Accept-Language", "zh")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("出版物", "ANSO 疫情预测信息平台周报", "ANSO 通讯");
    }

    private SyndFeed feed(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        return new SyndFeedInput().build(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)));
    }
}
