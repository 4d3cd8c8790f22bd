package org.ansoplatform.annualreport.web;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.annualreport.AnnualReportPaths;
import org.ansoplatform.annualreport.AnnualReportQueries;
import org.ansoplatform.annualreport.EditionView;
import org.ansoplatform.annualreport.editions.FigureTraces;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.governance.SessionQueries;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public Annual Report: the published editions, a year's latest published edition served from the page its
 * freezing stored (no figure is counted to show it), its PDFs, and the trace of each figure. Drafts and frozen
 * editions not yet published answer 404 here.
 */
@Controller
class AnnualReportPages {

    private final AnnualReportQueries queries;
    private final FigureTraces traces;
    private final SessionQueries sessions;
    private final FileStorage files;
    private final Languages languages;
    private final CurrentActor currentActor;

    AnnualReportPages(AnnualReportQueries queries, FigureTraces traces, SessionQueries sessions, FileStorage files,
            Languages languages, CurrentActor currentActor) {
        this.queries = queries;
        this.traces = traces;
        this.sessions = sessions;
        this.files = files;
        this.languages = languages;
        this.currentActor = currentActor;
    }

    @GetMapping(AnnualReportWeb.PUBLIC)
    String editions(Model model) {
        model.addAttribute("editions", queries.publishedYears());
        return "annualreport/editions";
    }

    @GetMapping(AnnualReportWeb.PUBLIC + "/{year}")
    String edition(@PathVariable int year, Locale locale, Model model) {
        EditionView edition = queries.published(year).orElseThrow(() -> new NotFoundException("annual report " + year));
        String language = languages.closest(locale.getLanguage());
        String shown = queries.frozenPage(edition.id(), language).isPresent() ? language : languages.tags().get(0);
        String html = queries.frozenPage(edition.id(), shown).orElseThrow(() -> new NotFoundException("annual report " + year));
        model.addAttribute("contents", queries.frozenContents(edition.id(), shown));
        model.addAttribute("edition", edition);
        model.addAttribute("html", html);
        model.addAttribute("decision", sessions.decision(edition.decisionId()).map(d -> d.sessionTitle()).orElse(null));
        model.addAttribute("pdfs", languages.choices().stream()
                .filter(choice -> queries.pdf(edition.id(), choice.tag()).isPresent())
                .map(choice -> new PdfLink(choice.name(), choice.tag(), AnnualReportPaths.pdf(year, choice.tag()))).toList());
        return "annualreport/edition";
    }

    record PdfLink(String language, String tag, String href) {
    }

    @GetMapping(AnnualReportWeb.PUBLIC + "/{year}/pdf")
    ResponseEntity<InputStreamResource> pdf(@PathVariable int year, @RequestParam(name = "language", required = false) String lang,
            Locale locale) {
        EditionView edition = queries.published(year).orElseThrow(() -> new NotFoundException("annual report " + year));
        String language = lang != null && languages.supports(lang) ? lang : languages.closest(locale.getLanguage());
        UUID fileId = queries.pdf(edition.id(), language).orElseThrow(() -> new NotFoundException("pdf " + language));
        StoredFile file = files.find(fileId).orElseThrow(() -> new NotFoundException("pdf " + language));
        InputStream content = files.open(file);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file.originalName()).build().toString())
                .body(new InputStreamResource(content));
    }

    @GetMapping({AnnualReportWeb.PUBLIC + "/{year}/figures/{ref}", AnnualReportWeb.PUBLIC + "/{year}/figures/{ref}/{refYear}"})
    String figure(@PathVariable int year, @PathVariable String ref, @PathVariable(required = false) String refYear,
            @RequestParam(name = "edition", required = false) String edition,
            @RequestParam(name = "page", required = false, defaultValue = "0") int page, Locale locale, Model model) {
        UUID editionId = uuid(edition);
        String written = refYear == null ? ref : ref + "/" + refYear;
        FigureTraces.Trace trace = traces.trace(year, written, editionId, currentActor.reader(),
                currentActor.reader().signedIn() ? currentActor.get() : null, locale, page)
                .orElseThrow(() -> new NotFoundException("figure " + written));
        model.addAttribute("trace", trace);
        model.addAttribute("year", year);
        model.addAttribute("pages", pages(trace));
        model.addAttribute("asOf", trace.value().asOf() == null ? "" : trace.value().asOf().atZone(java.time.ZoneOffset.UTC)
                .toLocalDateTime().withNano(0).toString().replace('T', ' ') + " UTC");
        model.addAttribute("base", AnnualReportPaths.figure(year, trace.value().ref().toString(), editionId));
        return "annualreport/figure";
    }

    private static List<Integer> pages(FigureTraces.Trace trace) {
        int count = (int) Math.ceil(trace.visible().total() / (double) FigureTraces.PAGE_SIZE);
        return java.util.stream.IntStream.range(0, count).boxed().toList();
    }

    static UUID uuid(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("edition " + text);
        }
    }
}
