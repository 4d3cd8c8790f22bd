package org.ansoplatform.annualreport.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ansoplatform.annualreport.AnnualReportQueries;
import org.ansoplatform.annualreport.EditionStatus;
import org.ansoplatform.annualreport.EditionView;
import org.ansoplatform.annualreport.render.EditionModel;
import org.ansoplatform.annualreport.render.EditionModels;
import org.ansoplatform.annualreport.render.FigureValue;
import org.ansoplatform.annualreport.render.FigureValues;
import org.ansoplatform.annualreport.text.EditionRefs;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Annual Report as data: a year's published edition (its sections resolved in the reader's language) and its
 * figures, each with what it names and counts; the Secretariat reads the live draft's figures. A draft or an
 * unpublished edition is 404 publicly.
 */
@RestController
@Tag(name = "Annual Report", description = "Published editions of the Annual Report and their figures; the draft's figures for the Secretariat")
class AnnualReportApi {

    private final AnnualReportQueries queries;
    private final EditionModels models;
    private final FigureValues values;
    private final CurrentActor currentActor;

    AnnualReportApi(AnnualReportQueries queries, EditionModels models, FigureValues values, CurrentActor currentActor) {
        this.queries = queries;
        this.models = models;
        this.values = values;
        this.currentActor = currentActor;
    }

    record Edition(UUID id, int year, int number, String status, boolean illustrative, UUID decisionId, LocalDate decidedOn,
            UUID issueId, EditionModel content) {
    }

    /**
     * @param value     the count, or the number of parts for {@code #parts}
     * @param formatted the value as the edition writes it in the reader's language
     * @param illustrative whether the records counted include illustrative demo data (null for a live draft: not counted)
     */
    @Schema(name = "AnnualReportFigure")
    record FigureJson(String ref, String key, String scope, String part, int year, String name, String definition, long value,
            String formatted, BigDecimal amount, String currency, List<PartJson> parts, Instant asOf, int recordCount,
            Boolean illustrative, String problem) {
    }

    @Schema(name = "AnnualReportFigurePart")
    record PartJson(String code, String name, long count, BigDecimal amount) {
    }

    @GetMapping(AnnualReportWeb.API + "/{year}")
    @Operation(operationId = "getAnnualReportEdition", summary = "A year's latest published edition, its sections resolved in the reader's language")
    Edition edition(@PathVariable int year, Locale locale) {
        EditionView edition = queries.published(year).orElseThrow(() -> new NotFoundException("annual report " + year));
        EditionModel model = models.model(edition.id(), locale, currentActor.reader());
        return new Edition(edition.id(), edition.year(), edition.number(), edition.status().name(), edition.illustrative(),
                edition.decisionId(), edition.decidedOn(), edition.issueId(), model);
    }

    @GetMapping(AnnualReportWeb.API + "/{year}/figures")
    @Operation(operationId = "listAnnualReportFigures", summary = "The figures of a year's published edition (or of one published edition of the year), as frozen")
    List<FigureJson> figures(@PathVariable int year, @RequestParam(name = "edition", required = false) String edition, Locale locale) {
        UUID id = AnnualReportPages.uuid(edition);
        EditionView chosen = (id == null ? queries.published(year) : queries.edition(id)
                .filter(e -> e.year() == year && e.status() == EditionStatus.PUBLISHED))
                .orElseThrow(() -> new NotFoundException("annual report " + year));
        return json(values.frozen(chosen.id(), locale), locale);
    }

    @GetMapping(AnnualReportWeb.EDITOR_API + "/{year}/figures")
    @Operation(operationId = "listDraftAnnualReportFigures", summary = "The figures the year's live draft names, counted now (the Secretariat)")
    List<FigureJson> draftFigures(@PathVariable int year, Locale locale) {
        EditionView draft = queries.liveDraft(year).orElseThrow(() -> new NotFoundException("draft " + year));
        var content = queries.content(draft.id()).orElseThrow();
        return json(values.live(EditionRefs.of(content), year, locale).values(), locale);
    }

    private static List<FigureJson> json(Map<org.ansoplatform.figures.FigureRef, FigureValue> figures, Locale locale) {
        return figures.values().stream().map(v -> new FigureJson(v.ref().toString(), v.ref().key(),
                v.ref().scope() == null ? null : v.ref().scope().toString(), v.ref().part(), v.year(), v.name(), v.definition(),
                v.value(), v.ok() ? v.formatted(locale) : null, v.amount(), v.currency(),
                v.parts().stream().map(p -> new PartJson(p.code(), p.name(), p.count(), p.amount())).toList(), v.asOf(),
                v.recordCount(), v.illustrativeCount() == null ? null : v.illustrative(), v.problem())).toList();
    }
}
