package org.ansoplatform.publications.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.ansoplatform.FieldErrors;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.PdfA;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.projects.OutputKind;
import org.ansoplatform.projects.ProjectFixtures;
import org.ansoplatform.projects.ProjectStatus;
import org.ansoplatform.publications.AccessPolicy;
import org.ansoplatform.publications.Cadence;
import org.ansoplatform.publications.IssueCard;
import org.ansoplatform.publications.IssueView;
import org.ansoplatform.publications.PublicationManagement;
import org.ansoplatform.publications.PublicationQueries;
import org.ansoplatform.publications.PublicationsPaths;
import org.ansoplatform.publications.SeriesKind;
import org.ansoplatform.publications.series.SeriesFixtures;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.publications.front.compose.Composition;
import org.ansoplatform.publications.front.compose.CompositionCandidates;
import org.ansoplatform.publications.front.compose.CompositionChanged;
import org.ansoplatform.publications.front.compose.CompositionKind;
import org.ansoplatform.publications.front.compose.CompositionQueries;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Composed issues (issue 21, item 4): compose, reorder, write, render as a page and a PDF, refuse, authorize. */
@RecordApplicationEvents
class CompositionTests extends IntegrationTest {

    private static final String BASE = "/secretariat/publications/compositions";
    private static final AtomicInteger NUMBERS = new AtomicInteger(100);

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    CompositionQueries queries;
    @Autowired
    CompositionCandidates candidates;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    PublicationManagement publications;
    @Autowired
    PublicationQueries publicationQueries;

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String html(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private Someone secretary() {
        return Someone.register(accounts, "Composing Editor", "SECRETARIAT");
    }

    /** Creates a composition through the form; answers its id. */
    private UUID compose(Someone editor, CompositionKind kind, int number, List<String> picks) throws Exception {
        MockHttpServletRequestBuilder request = post(BASE + "/new").with(csrf()).with(editor.signedIn())
                .param("kind", kind.name()).param("year", "2031").param("number", String.valueOf(number))
                .param("title[en]", kind + " issue " + number).param("title[zh]", "第" + number + "期")
                .param("editorial[en]", "An editorial in English.").param("editorial[ru]", "Редакционная статья.");
        for (String pick : picks) {
            request.param("picks", pick);
        }
        MockHttpServletResponse response = perform(request);
        assertThat(response.getStatus()).as(html(response)).isEqualTo(302);
        return UUID.fromString(response.getRedirectedUrl().substring((BASE + "/").length()));
    }

    @Test
    void theDemoHasTheThreeOutreachAndTwoHighlightIssuesOf2021MarkedIllustrative() {
        List<Composition> of2021 = queries.all().stream().filter(c -> c.year() == 2021).toList();
        assertThat(of2021.stream().filter(c -> c.kind() == CompositionKind.OUTREACH).map(Composition::number)).containsExactly(1, 2, 3);
        assertThat(of2021.stream().filter(c -> c.kind() == CompositionKind.HIGHLIGHT).map(Composition::number)).containsExactly(1, 2);
        assertThat(of2021).allMatch(Composition::illustrative);
        for (Composition composition : of2021) {
            assertThat(queries.byId(composition.id()).orElseThrow().picks()).as(composition.title(Locale.ENGLISH)).isNotEmpty();
        }
    }

    @Test
    void anEditorComposesReordersWritesAndRendersThePageAndThePdfInEachLanguage() throws Exception {
        Someone editor = secretary();
        List<CompositionCandidates.Candidate> offers = candidates.of(CompositionKind.OUTREACH);
        assertThat(offers).hasSizeGreaterThanOrEqualTo(3);
        String first = offers.get(0).ref().toString(), second = offers.get(1).ref().toString(), third = offers.get(2).ref().toString();
        UUID id = compose(editor, CompositionKind.OUTREACH, NUMBERS.incrementAndGet(), List.of(first, second));
        assertThat(events.stream(CompositionChanged.class).filter(e -> e.recordId().equals(id.toString())).map(CompositionChanged::action))
                .containsExactly("composition.created");

        assertThat(perform(post(BASE + "/" + id + "/picks").with(csrf()).with(editor.signedIn()).param("record", third)).getStatus())
                .isEqualTo(302);
        List<Composition.Pick> picks = queries.byId(id).orElseThrow().picks();
        assertThat(picks).extracting(p -> p.ref().toString()).containsExactly(first, second, third);

        perform(post(BASE + "/" + id + "/picks/" + picks.get(2).id() + "/up").with(csrf()).with(editor.signedIn()));
        perform(post(BASE + "/" + id + "/picks/" + picks.get(0).id() + "/down").with(csrf()).with(editor.signedIn()));
        perform(post(BASE + "/" + id + "/picks/" + picks.get(0).id() + "/up").with(csrf()).with(editor.signedIn()));
        perform(post(BASE + "/" + id + "/picks/" + picks.get(0).id() + "/up").with(csrf()).with(editor.signedIn())); // first already
        assertThat(queries.byId(id).orElseThrow().picks()).extracting(p -> p.ref().toString()).containsExactly(first, third, second);

        perform(post(BASE + "/" + id + "/picks/" + picks.get(1).id() + "/text").with(csrf()).with(editor.signedIn())
                .param("text[en]", "Installed in eleven villages.").param("text[zh]", "已在十一个村庄安装。")
                .param("text[ru]", "Установлено в одиннадцати сёлах."));
        perform(post(BASE + "/" + id + "/picks/" + picks.get(2).id() + "/remove").with(csrf()).with(editor.signedIn()));
        assertThat(queries.byId(id).orElseThrow().picks()).extracting(p -> p.ref().toString()).containsExactly(first, second);
        assertThat(queries.byId(id).orElseThrow().picks()).extracting(Composition.Pick::position).containsExactly(0, 1);
        assertThat(events.stream(CompositionChanged.class).filter(e -> e.recordId().equals(id.toString())).map(CompositionChanged::action))
                .contains("composition.picked", "composition.moved", "composition.texted", "composition.unpicked");

        String page = html(perform(get(BASE + "/" + id).with(editor.signedIn())));
        assertThat(page.indexOf("data-pick=\"" + first + "\"")).isPositive().isLessThan(page.indexOf("data-pick=\"" + second + "\""));
        assertThat(page).contains("Installed in eleven villages.", "edition.pdf?language=zh");

        String zh = html(perform(get(BASE + "/" + id + "/edition").param("language", "zh").with(editor.signedIn())));
        assertThat(zh).contains("第", "已在十一个村庄安装。", offers.get(1).title(Locale.CHINESE));
        String en = html(perform(get(BASE + "/" + id + "/edition").param("language", "en").with(editor.signedIn())));
        assertThat(en).contains("An editorial in English.", "Installed in eleven villages.", offers.get(0).title(Locale.ENGLISH));
        assertThat(en.split("class=\"edition-item\"", -1)).hasSize(3); // two picks, each once

        for (String language : List.of("en", "zh", "ru")) {
            MockHttpServletResponse pdf = perform(get(BASE + "/" + id + "/edition.pdf").param("language", language).with(editor.signedIn()));
            assertThat(pdf.getStatus()).isEqualTo(200);
            assertThat(pdf.getContentType()).isEqualTo("application/pdf");
            byte[] bytes = pdf.getContentAsByteArray();
            assertThat(PdfA.failures(bytes)).as(language).isEmpty();
            try (PDDocument document = Loader.loadPDF(bytes)) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text).as(language).contains(switch (language) {
                    case "zh" -> "十一个村庄";
                    case "ru" -> "одиннадцати";
                    default -> "eleven villages";
                });
            }
        }
    }

    @Test
    void aCompositionIsPublishedOnceAsAPublicIssueOfAMagazineWithItsPdfInEachLanguageAndItsRecordsAsLinks() throws Exception {
        Someone editor = secretary();
        List<CompositionCandidates.Candidate> offers = candidates.of(CompositionKind.OUTREACH);
        String first = offers.get(0).ref().toString(), second = offers.get(1).ref().toString();
        UUID id = compose(editor, CompositionKind.OUTREACH, NUMBERS.incrementAndGet(), List.of(first, second));
        String magazine = "Outreach magazine " + UUID.randomUUID();
        UUID series = new SeriesFixtures(publications, clock).series(magazine, SeriesKind.MAGAZINE, Cadence.IRREGULAR,
                AccessPolicy.PUBLIC, null, List.of(), List.of());
        assertThat(html(perform(get(BASE + "/" + id).with(editor.signedIn())))).contains("id=\"publish-form\"", magazine);

        MockHttpServletResponse refused = perform(post(BASE + "/" + id + "/publish").with(csrf()).with(editor.signedIn())
                .param("number", "1").param("date", "not a date"));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(html(refused), "date")).isNotBlank();
        MockHttpServletResponse noSeries = perform(post(BASE + "/" + id + "/publish").with(csrf()).with(editor.signedIn())
                .param("number", "1").param("date", "2031-05-01"));
        assertThat(noSeries.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(html(noSeries), "series")).isEqualTo("Choose the magazine series to publish it in.");
        Someone other = Someone.register(accounts, "Not An Editor", "APPLICANT");
        assertThat(perform(post(BASE + "/" + id + "/publish").with(csrf()).with(other.signedIn()).param("series", series.toString())
                .param("number", "1").param("date", "2031-05-01")).getStatus()).isEqualTo(403);
        assertThat(queries.byId(id).orElseThrow().issueId()).isNull();

        MockHttpServletResponse published = perform(post(BASE + "/" + id + "/publish").with(csrf()).with(editor.signedIn())
                .param("series", series.toString()).param("number", "1").param("date", LocalDate.now(clock).toString()));
        assertThat(published.getStatus()).isEqualTo(302);
        UUID issueId = queries.byId(id).orElseThrow().issueId();
        assertThat(published.getRedirectedUrl()).isEqualTo(PublicationsPaths.issue(issueId));
        IssueView issue = publicationQueries.withFiles(publicationQueries.any(issueId).orElseThrow().issue());
        assertThat(issue.published()).isTrue();
        assertThat(issue.accessPolicy()).isEqualTo(AccessPolicy.PUBLIC);
        assertThat(issue.links()).containsExactly(first, second);
        assertThat(issue.files()).extracting(IssueView.IssueFile::language).containsExactlyInAnyOrder("en", "zh");
        assertThat(issue.files()).allSatisfy(file -> assertThat(file.mediaType()).isEqualTo("application/pdf"));
        assertThat(issue.summary().in(Locale.ENGLISH)).isEqualTo("An editorial in English.");
        assertThat(publicationQueries.latest(50, Reader.anonymous(), Locale.ENGLISH)).extracting(IssueCard::id).contains(issueId);
        assertThat(events.stream(CompositionChanged.class).filter(e -> e.recordId().equals(id.toString())).map(CompositionChanged::action))
                .contains("composition.published");

        MockHttpServletResponse again = perform(post(BASE + "/" + id + "/publish").with(csrf()).with(editor.signedIn())
                .param("series", series.toString()).param("number", "2").param("date", "2031-06-01"));
        assertThat(again.getStatus()).isEqualTo(422);
        assertThat(publicationQueries.allIssues(series)).hasSize(1);
        assertThat(html(perform(get(BASE + "/" + id).with(editor.signedIn())))).doesNotContain("id=\"publish-form\"")
                .contains(PublicationsPaths.issue(issueId));
    }

    @Test
    void refusalsShowNextToTheirFields() throws Exception {
        Someone editor = secretary();
        String offer = candidates.of(CompositionKind.OUTREACH).get(0).ref().toString();
        String output = candidates.of(CompositionKind.HIGHLIGHT).isEmpty() ? "projects:output:" + UUID.randomUUID()
                : candidates.of(CompositionKind.HIGHLIGHT).get(0).ref().toString();

        MockHttpServletResponse none = perform(post(BASE + "/new").with(csrf()).with(editor.signedIn())
                .param("kind", "OUTREACH").param("year", "2031").param("number", "7").param("title[en]", "Without picks"));
        assertThat(none.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(html(none), "picks")).isEqualTo("Pick at least one record.");

        MockHttpServletResponse wrong = perform(post(BASE + "/new").with(csrf()).with(editor.signedIn())
                .param("kind", "OUTREACH").param("year", "2031").param("number", "8").param("picks", offer, offer, output, "nonsense"));
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(html(wrong), "title")).isEqualTo("Give a title, at least in one language.");
        assertThat(html(wrong)).contains("is in this issue already", "“" + output + "” is not a record that this issue can contain",
                "“nonsense” is not a record");

        int number = NUMBERS.incrementAndGet();
        UUID id = compose(editor, CompositionKind.OUTREACH, number, List.of(offer));
        MockHttpServletResponse taken = perform(post(BASE + "/new").with(csrf()).with(editor.signedIn()).param("kind", "OUTREACH")
                .param("year", "2031").param("number", String.valueOf(number)).param("title[en]", "Again").param("picks", offer));
        assertThat(taken.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(html(taken), "number")).isEqualTo("Issue " + number + " of 2031 exists already.");

        MockHttpServletResponse duplicate = perform(post(BASE + "/" + id + "/picks").with(csrf()).with(editor.signedIn()).param("record", offer));
        assertThat(duplicate.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(html(duplicate), "record")).isEqualTo("“" + offer + "” is in this issue already.");
        String unknown = "partnerships:technology-offer:" + UUID.randomUUID();
        MockHttpServletResponse missing = perform(post(BASE + "/" + id + "/picks").with(csrf()).with(editor.signedIn()).param("record", unknown));
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(html(missing), "record")).isEqualTo("“" + unknown + "” is not a record that this issue can contain.");

        UUID only = queries.byId(id).orElseThrow().picks().get(0).id();
        perform(post(BASE + "/" + id + "/picks/" + only + "/remove").with(csrf()).with(editor.signedIn()));
        assertThat(queries.byId(id).orElseThrow().picks()).hasSize(1);
        MockHttpServletResponse blank = perform(post(BASE + "/" + id).with(csrf()).with(editor.signedIn()).param("title[en]", " "));
        assertThat(blank.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(html(blank), "title")).isEqualTo("Give a title, at least in one language.");
    }

    @Test
    void aPickWhoseRecordIsNoLongerPublicShowsAsHiddenAndTheEditionsLeaveItOut() throws Exception {
        Someone editor = secretary();
        String code = ProjectFixtures.unique("HL");
        UUID project = fixtures.project(code, "HL-" + code.substring(code.length() - 4),
                LocalizedText.of("A project highlighted then withdrawn", "先入选后撤回的项目"), LocalizedText.of("", ""),
                ProjectStatus.ACTIVE, LocalDate.of(2030, 1, 1), LocalDate.of(2032, 12, 31), true);
        UUID kept = fixtures.output(project, OutputKind.DATASET, "Kept dataset " + code, LocalDate.of(2031, 3, 1), null, null, null,
                true, List.of("KE"));
        UUID withdrawn = fixtures.output(project, OutputKind.PUBLICATION, "Withdrawn paper " + code, LocalDate.of(2031, 4, 1), null,
                null, null, true, List.of("KE"));
        UUID id = compose(editor, CompositionKind.HIGHLIGHT, NUMBERS.incrementAndGet(),
                List.of("projects:output:" + kept, "projects:output:" + withdrawn));
        assertThat(html(perform(get(BASE + "/" + id + "/edition").param("language", "en").with(editor.signedIn()))))
                .contains("Kept dataset " + code, "Withdrawn paper " + code);

        fixtures.publish(project, false);

        String page = html(perform(get(BASE + "/" + id).with(editor.signedIn())));
        assertThat(page).contains("Some picked records are no longer public", "Record 1 is no longer public.",
                "Record 2 is no longer public.");
        String edition = html(perform(get(BASE + "/" + id + "/edition").param("language", "en").with(editor.signedIn())));
        assertThat(edition).doesNotContain("Kept dataset " + code, "Withdrawn paper " + code).contains("is no longer public");
        byte[] pdf = perform(get(BASE + "/" + id + "/edition.pdf").param("language", "en").with(editor.signedIn())).getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).doesNotContain("Withdrawn paper").contains("no longer public");
        }
        MockHttpServletResponse again = perform(post(BASE + "/" + id + "/picks").with(csrf()).with(editor.signedIn())
                .param("record", "projects:output:" + UUID.randomUUID()));
        assertThat(FieldErrors.of(html(again), "record")).contains("is not a record that this issue can contain");
    }

    @Test
    void onlyTheSecretariatComposesAnotherPersonIsRefusedAndAnUnknownCompositionIsNotFound() throws Exception {
        Someone editor = secretary();
        String offer = candidates.of(CompositionKind.OUTREACH).get(0).ref().toString();
        UUID id = compose(editor, CompositionKind.OUTREACH, NUMBERS.incrementAndGet(), List.of(offer));
        UUID pick = queries.byId(id).orElseThrow().picks().get(0).id();
        Someone applicant = Someone.register(accounts, "Curious Applicant", "APPLICANT");
        Someone representative = Someone.register(accounts, "Curious Representative", "MEMBER_REPRESENTATIVE", "REVIEWER", "FINANCE");
        List<String> reads = List.of(BASE, BASE + "/new", BASE + "/" + id, BASE + "/" + id + "/edition", BASE + "/" + id + "/edition.pdf");
        List<String> writes = List.of(BASE + "/new", BASE + "/" + id, BASE + "/" + id + "/picks", BASE + "/" + id + "/picks/" + pick + "/up",
                BASE + "/" + id + "/picks/" + pick + "/down", BASE + "/" + id + "/picks/" + pick + "/remove",
                BASE + "/" + id + "/picks/" + pick + "/text");
        for (Someone other : List.of(applicant, representative)) {
            for (String path : reads) {
                assertThat(perform(get(path).with(other.signedIn())).getStatus()).as(path).isEqualTo(403);
            }
            for (String path : writes) {
                assertThat(perform(post(path).with(csrf()).with(other.signedIn()).param("record", offer)).getStatus()).as(path).isEqualTo(403);
            }
        }
        for (String path : reads) {
            assertThat(perform(get(path)).getStatus()).as(path).isIn(302, 401);
        }
        assertThat(queries.byId(id).orElseThrow().picks()).hasSize(1);
        UUID unknown = UUID.randomUUID();
        for (String path : List.of(BASE + "/" + unknown, BASE + "/" + unknown + "/edition", BASE + "/" + unknown + "/edition.pdf")) {
            assertThat(perform(get(path).with(editor.signedIn())).getStatus()).as(path).isEqualTo(404);
        }
        assertThat(perform(post(BASE + "/" + id + "/picks/" + UUID.randomUUID() + "/up").with(csrf()).with(editor.signedIn())).getStatus())
                .isEqualTo(404);
        assertThat(perform(get(BASE).with(editor.signedIn())).getStatus()).isEqualTo(200);
        assertThat(perform(get(BASE + "/new").param("kind", "HIGHLIGHT").with(editor.signedIn())).getStatus()).isEqualTo(200);
    }
}
