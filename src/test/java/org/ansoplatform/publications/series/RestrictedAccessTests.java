package org.ansoplatform.publications.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.platform.PdfRenderer;
import org.ansoplatform.publications.AccessPolicy;
import org.ansoplatform.publications.Cadence;
import org.ansoplatform.publications.PublicationChanged;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A restricted report is read by the people named on it, each opening recorded; anyone else (another signed-in
 * person, a visitor) gets 404 for its page, its file and its API record, the attempt audited, and never meets it in
 * lists, search, feeds or the API.
 */
@RecordApplicationEvents
class RestrictedAccessTests extends IntegrationTest {

    @Autowired PublicationManagement management;
    @Autowired PublicationQueries queries;
    @Autowired AccountManagement accounts;
    @Autowired PdfRenderer pdf;
    @Autowired SearchQueries search;
    @Autowired SearchIndexer indexer;
    @Autowired MockMvc mvc;
    @Autowired ApplicationEvents events;
    @Autowired org.ansoplatform.organizations.OrganizationManagement organizations;
    @Autowired org.ansoplatform.governance.DelegateManagement delegates;
    @Autowired org.ansoplatform.publications.PublicationAccess access;

    @Test
    void onlyTheNamedReaderOpensARestrictedReportAndEveryoneElseGets404() throws Exception {
        assertThat(indexer.awaitBuilt(Duration.ofSeconds(60))).isTrue();
        SeriesFixtures f = new SeriesFixtures(management, clock);
        Someone recipient = Someone.register(accounts, "Named Recipient", "APPLICANT");
        Someone other = Someone.register(accounts, "Other Reader", "APPLICANT", "MEMBER_REPRESENTATIVE");
        String word = SeriesFixtures.word();
        UUID series = f.series("Restricted " + word, SeriesKind.ADVISORY_REPORT_SERIES, Cadence.IRREGULAR, AccessPolicy.RESTRICTED,
                null, List.of(), List.of(recipient.id()));
        UUID issue = f.draft(series, 1, LocalDate.of(2033, 5, 1), "Secret " + word);
        f.attachPdf(pdf, issue, "en", "Secret " + word, List.of("The forecast " + word + "pdf for the region."));
        management.publish(issue, f.editor());
        UUID fileId = queries.any(issue).orElseThrow().issue().files().get(0).fileId();
        String page = "/publications/issues/" + issue, file = page + "/files/" + fileId, api = "/api/v1/publications/issues/" + issue;

        assertThat(html(page, recipient.signedIn())).contains("Secret " + word);
        assertThat(status(file, recipient.signedIn())).isEqualTo(200);
        assertThat(status(api, recipient.signedIn())).isEqualTo(200);
        assertThat(queries.openings(issue)).hasSize(3).allSatisfy(o -> assertThat(o.personId()).isEqualTo(recipient.id()))
                .anySatisfy(o -> assertThat(o.fileId()).isEqualTo(fileId));

        long refusedBefore = refusals(issue);
        for (String path : List.of(page, file, api)) {
            assertThat(status(path, other.signedIn())).as(path).isEqualTo(404);
            assertThat(status(path, null)).as(path).isEqualTo(404);
        }
        assertThat(refusals(issue) - refusedBefore).isEqualTo(6);
        assertThat(queries.openings(issue)).hasSize(3);

        String secret = "Secret " + word;
        assertThat(html("/publications", other.signedIn())).doesNotContain(secret);
        assertThat(html("/publications/series/" + series, null)).doesNotContain(secret);
        assertThat(html("/publications/series/" + series, recipient.signedIn())).contains(secret);
        assertThat(html("/publications/feed.atom", null)).doesNotContain(secret);
        assertThat(html("/publications/series/" + series + "/feed.atom", recipient.signedIn())).doesNotContain(secret);
        assertThat(html("/api/v1/publications/issues?series=" + series, other.signedIn())).doesNotContain(secret);
        assertThat(html("/api/v1/publications/issues?series=" + series, recipient.signedIn())).contains(secret);
        assertThat(queries.latest(50, Reader.anonymous(), Locale.ENGLISH)).noneMatch(c -> c.id().equals(issue));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(paths(word + "pdf", Reader.person(recipient.id(), recipient.roles()))).contains(page));
        assertThat(paths(word + "pdf", Reader.person(other.id(), other.roles()))).doesNotContain(page);
        assertThat(paths(secret, Reader.anonymous())).doesNotContain(page);
        assertThat(paths(word, Reader.person(UUID.randomUUID(), java.util.Set.of("SECRETARIAT")))).contains(page);
    }

    @Test
    void aTitleThePolicyShowsIsListedWithoutItsTextAndItsPageStays404() throws Exception {
        assertThat(indexer.awaitBuilt(Duration.ofSeconds(60))).isTrue();
        SeriesFixtures f = new SeriesFixtures(management, clock);
        String word = SeriesFixtures.word();
        UUID series = management.createSeries(new org.ansoplatform.publications.SeriesCommand(SeriesKind.ADVISORY_REPORT_SERIES,
                Cadence.IRREGULAR, org.ansoplatform.shared.LocalizedText.of("Titled " + word, null), null, null, "No. {n}",
                List.of(), AccessPolicy.RESTRICTED, true, null, null, List.of(), List.of(), List.of()), false, f.editor());
        UUID issue = f.published(series, 1, LocalDate.of(2033, 6, 1), "Known title " + word);
        assertThat(html("/publications/series/" + series, null)).contains("Known title " + word)
                .doesNotContain("href=\"/publications/issues/" + issue);
        assertThat(status("/publications/issues/" + issue, null)).isEqualTo(404);
        assertThat(html("/publications/feed.atom", null)).doesNotContain(word);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(paths("Known title " + word, Reader.anonymous())).contains("/publications/issues/" + issue));
        assertThat(paths("Abstract of Known", Reader.anonymous())).doesNotContain("/publications/issues/" + issue);
    }

    @Test
    void aMembersOnlyIssueIsForDelegatesAndAnOrganizationsRecipientsAreItsDelegates() throws Exception {
        SeriesFixtures f = new SeriesFixtures(management, clock);
        String word = SeriesFixtures.word();
        UUID member = org.ansoplatform.organizations.TestMembers.create(organizations, new org.ansoplatform.organizations.OrganizationCommand("Member academy " + word, null, "KZ",
                org.ansoplatform.organizations.OrganizationType.RESEARCH_INSTITUTE,
                org.ansoplatform.organizations.OrganizationStatus.MEMBER, null, null, null));
        Someone delegate = Someone.register(accounts, "Academy Delegate", "APPLICANT");
        Someone plain = Someone.register(accounts, "Plain Person", "APPLICANT");
        delegates.appoint(delegate.id(), member, f.editor());
        UUID series = f.series("Members " + word, SeriesKind.MAGAZINE, Cadence.IRREGULAR, AccessPolicy.MEMBERS, null, List.of(),
                List.of());
        UUID forMembers = f.published(series, 1, LocalDate.of(2034, 3, 1), "For members " + word);
        assertThat(status("/publications/issues/" + forMembers, delegate.signedIn())).isEqualTo(200);
        assertThat(status("/publications/issues/" + forMembers, plain.signedIn())).isEqualTo(404);
        assertThat(queries.openings(forMembers)).singleElement().satisfies(o -> assertThat(o.personId()).isEqualTo(delegate.id()));

        UUID toOrganization = management.draftIssue(series, new org.ansoplatform.publications.IssueCommand(2, null,
                LocalDate.of(2034, 4, 1), org.ansoplatform.shared.LocalizedText.of("For the academy " + word, null), null, List.of(),
                List.of(), List.of(), List.of(), AccessPolicy.RESTRICTED, null, List.of(), List.of(member)), false, f.editor());
        management.publish(toOrganization, f.editor());
        assertThat(status("/publications/issues/" + toOrganization, delegate.signedIn())).isEqualTo(200);
        assertThat(status("/publications/issues/" + toOrganization, plain.signedIn())).isEqualTo(404);
        assertThat(access.audience(queries.series(series).orElseThrow(), queries.any(toOrganization).orElseThrow().issue()))
                .contains(Reader.personToken(delegate.id()), Reader.roleToken("SECRETARIAT"))
                .doesNotContain(Reader.PUBLIC, Reader.personToken(plain.id()));
    }

    @Test
    void aNewEditorOfASeriesFindsItsRestrictedIssuesInSearch() {
        assertThat(indexer.awaitBuilt(Duration.ofSeconds(60))).isTrue();
        SeriesFixtures f = new SeriesFixtures(management, clock);
        Someone editor = Someone.register(accounts, "Later Editor", "APPLICANT");
        String word = SeriesFixtures.word();
        UUID series = f.series("Editors " + word, SeriesKind.ADVISORY_REPORT_SERIES, Cadence.IRREGULAR, AccessPolicy.RESTRICTED, null,
                List.of(), List.of());
        UUID issue = f.published(series, 1, LocalDate.of(2034, 5, 1), "Closed " + word);
        Reader asEditor = Reader.person(editor.id(), editor.roles());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(paths("Closed " + word,
                Reader.person(UUID.randomUUID(), java.util.Set.of("SECRETARIAT")))).contains("/publications/issues/" + issue));
        assertThat(paths("Closed " + word, asEditor)).doesNotContain("/publications/issues/" + issue);
        var s = queries.series(series).orElseThrow();
        management.updateSeries(series, new org.ansoplatform.publications.SeriesCommand(s.kind(), s.cadence(), s.title(),
                s.description(), s.issn(), s.numberLabel(), s.languages(), s.accessPolicy(), s.titlePublic(), s.startDate(),
                s.endDate(), List.of(editor.id()), s.readerPeople(), s.readerOrganizations()), f.editor());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(paths("Closed " + word, asEditor)).contains("/publications/issues/" + issue));
    }

    @Test
    void aDraftIsTheEditorsOnly() throws Exception {
        SeriesFixtures f = new SeriesFixtures(management, clock);
        Someone editor = Someone.register(accounts, "Series Editor", "APPLICANT");
        Someone other = Someone.register(accounts, "Not An Editor", "APPLICANT");
        UUID series = f.series("Edited " + SeriesFixtures.word(), SeriesKind.MAGAZINE, Cadence.IRREGULAR, AccessPolicy.PUBLIC, null,
                List.of(editor.id()), List.of());
        UUID draft = f.draft(series, 1, LocalDate.of(2034, 1, 1), "Draft");
        assertThat(status("/publications/issues/" + draft, editor.signedIn())).isEqualTo(200);
        assertThat(status("/publications/manage/issues/" + draft, editor.signedIn())).isEqualTo(200);
        assertThat(status("/publications/issues/" + draft, other.signedIn())).isEqualTo(404);
        assertThat(status("/publications/manage/issues/" + draft, other.signedIn())).isEqualTo(404);
        assertThat(status("/publications/manage/series/" + series, other.signedIn())).isEqualTo(404);
        assertThat(status("/publications/issues/" + draft, null)).isEqualTo(404);
    }

    private long refusals(UUID issue) {
        return events.stream(PublicationChanged.class)
                .filter(e -> e.action().equals("publications.issue.refused") && e.recordId().equals(issue.toString())).count();
    }

    private List<String> paths(String q, Reader reader) {
        return search.search(SearchRequest.of(q), reader, Locale.ENGLISH).hits().items().stream().map(SearchHit::path).toList();
    }

    private MockHttpServletResponse response(String path, RequestPostProcessor who) throws Exception {
        var request = get(path);
        if (who != null) {
            request = request.with(who);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private int status(String path, RequestPostProcessor who) throws Exception {
        return response(path, who).getStatus();
    }

    private String html(String path, RequestPostProcessor who) throws Exception {
        return response(path, who).getContentAsString(StandardCharsets.UTF_8);
    }
}
