package org.ansoplatform.figures.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.ansoplatform.figures.FigureQueries;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Figures", description = "Every module's figures of a year and the records they count (Secretariat)")
class FiguresApi {

    private final FigureQueries figures;
    private final CurrentActor actor;
    private final MessageSource messages;
    private final Clock clock;

    FiguresApi(FigureQueries figures, CurrentActor actor, MessageSource messages, Clock clock) {
        this.figures = figures;
        this.actor = actor;
        this.messages = messages;
        this.clock = clock;
    }

    record Year(int year, List<FigureJson> figures) {
    }

    @Schema(name = "Figure")
    record FigureJson(String module, String key, String name, String definition, long count, BigDecimal amount, String currency,
            List<PartJson> parts, Instant asOf, int recordCount) {
    }

    @Schema(name = "FigurePart")
    record PartJson(String kind, String code, String name, long count, BigDecimal amount, int recordCount) {
    }

    record Records(String key, int year, String part, long hidden, PageResult<RecordJson> records) {
    }

    /** A record the caller may see; those they may not are only counted in {@code hidden}. */
    record RecordJson(String ref, String title, String path) {
    }

    @GetMapping("/api/v1/secretariat/figures")
    @Operation(operationId = "listFigures", summary = "Every module's figures of a year (default: the last complete year), named and defined in the caller's language")
    Year figures(@Valid @ModelAttribute YearForm form, Locale locale) {
        int year = form.yearOr(FiguresPages.lastYear(clock));
        return new Year(year, figures.ofYear(year).stream()
                .flatMap(module -> module.figures().stream().map(figure -> json(module.module(), figure, locale))).toList());
    }

    @GetMapping("/api/v1/secretariat/figures/{key}/records")
    @Operation(operationId = "listFigureRecords", summary = "The records a figure (or one part of it) counts: those the caller may see, and how many others")
    Records records(@PathVariable String key, @Valid @ModelAttribute YearForm form, @RequestParam(required = false) String part,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Locale locale) {
        int year = form.yearOr(FiguresPages.lastYear(clock));
        FigureQueries.RecordPage records = figures.records(key, year, part, actor.reader(), locale, PageRequest.of(page, size));
        return new Records(key, year, records.part() == null ? null : records.part().code(), records.hidden(),
                records.visible().map(view -> new RecordJson(view.ref().toString(), view.title(), view.path())));
    }

    private FigureJson json(String module, Figure figure, Locale locale) {
        return new FigureJson(module, figure.key(), FigureTexts.name(figure.key(), messages, locale),
                messages.getMessage("figure." + figure.key() + ".definition", null, "", locale), figure.count(), figure.amount(),
                figure.currency(), figure.parts().stream().map(part -> new PartJson(part.kind().name(), part.code(),
                        FigureTexts.partName(part, messages, locale), part.count(), part.amount(), part.records().size())).toList(),
                figure.asOf(), figure.records().size());
    }
}
