package org.ansoplatform.annualreport.web;

import java.util.Locale;

import org.ansoplatform.annualreport.AnnualReportQueries;
import org.ansoplatform.annualreport.EditionView;
import org.ansoplatform.annualreport.print.EditionPdf;
import org.ansoplatform.annualreport.render.EditionModels;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The live draft as its print PDF, rendered now in one language: the Secretariat sees the printed report (cover,
 * contents, charts) before submitting it, and the benchmark measures the rendering of the full report with it.
 */
@Controller
class AnnualReportDraftPdf {

    private final AnnualReportQueries queries;
    private final EditionModels models;
    private final EditionPdf pdf;
    private final Languages languages;
    private final CurrentActor currentActor;

    AnnualReportDraftPdf(AnnualReportQueries queries, EditionModels models, EditionPdf pdf, Languages languages,
            CurrentActor currentActor) {
        this.queries = queries;
        this.models = models;
        this.pdf = pdf;
        this.languages = languages;
        this.currentActor = currentActor;
    }

    @GetMapping(AnnualReportWeb.EDITOR + "/{year}/preview.pdf")
    ResponseEntity<byte[]> preview(@PathVariable int year, @RequestParam(name = "language", required = false) String lang, Locale locale) {
        EditionView draft = queries.liveDraft(year).orElseThrow(() -> new NotFoundException("draft " + year));
        String language = lang != null && languages.supports(lang) ? lang : languages.closest(locale.getLanguage());
        byte[] body = pdf.render(models.model(draft.id(), Locale.forLanguageTag(language), currentActor.reader()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("anso-annual-report-" + year + "-draft-" + language + ".pdf").build().toString())
                .body(body);
    }
}
