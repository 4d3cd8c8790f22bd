package org.ansoplatform.annualreport.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.annualreport.AnnualReportQueries;
import org.ansoplatform.annualreport.EditionStatus;
import org.ansoplatform.annualreport.EditionView;
import org.ansoplatform.annualreport.editions.EditionComparison;
import org.ansoplatform.annualreport.render.EditionModel;
import org.ansoplatform.annualreport.render.EditionModels;
import org.ansoplatform.annualreport.render.SectionsHtml;
import org.ansoplatform.figures.FigureQueries;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.FigureScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A draft as it reads now: the Secretariat's preview (every figure counted for this request), the Board's reading
 * of a submitted draft, the comparison of the year's frozen edition with the figures now, and the figures an editor
 * may embed (keys and the scopes each module offers for the year).
 */
@Controller
class AnnualReportDraftPages {

    private final AnnualReportQueries queries;
    private final EditionModels models;
    private final EditionComparison comparison;
    private final FigureQueries figures;
    private final CurrentActor currentActor;
    private final SectionsHtml sections;

    AnnualReportDraftPages(AnnualReportQueries queries, EditionModels models, EditionComparison comparison, FigureQueries figures,
            CurrentActor currentActor, SectionsHtml sections) {
        this.sections = sections;
        this.queries = queries;
        this.models = models;
        this.comparison = comparison;
        this.figures = figures;
        this.currentActor = currentActor;
    }

    @GetMapping(AnnualReportWeb.EDITOR + "/{year}/preview")
    String preview(@PathVariable int year, Locale locale, Model model) {
        EditionView edition = queries.liveDraft(year).orElseThrow(() -> new NotFoundException("draft " + year));
        EditionModel report = models.model(edition.id(), locale, currentActor.reader());
        model.addAttribute("report", report);
        model.addAttribute("webCharts", sections.webCharts(report));
        return "annualreport/draft";
    }

    @GetMapping(AnnualReportWeb.BOARD + "/{year}")
    String board(@PathVariable int year, Locale locale, Model model) {
        EditionView edition = queries.liveDraft(year).filter(e -> e.status() == EditionStatus.SUBMITTED)
                .orElseThrow(() -> new NotFoundException("submitted draft " + year));
        EditionModel report = models.model(edition.id(), locale, currentActor.reader());
        model.addAttribute("report", report);
        model.addAttribute("webCharts", sections.webCharts(report));
        return "annualreport/draft";
    }

    @GetMapping(AnnualReportWeb.EDITOR + "/{year}/comparison")
    String comparison(@PathVariable int year, @RequestParam(name = "to", required = false) String to, Locale locale, Model model) {
        EditionView frozen = queries.latestFrozen(year).orElseThrow(() -> new NotFoundException("frozen edition " + year));
        UUID toId = AnnualReportPages.uuid(to);
        model.addAttribute("year", year);
        model.addAttribute("comparison", comparison.compare(frozen.id(), toId, currentActor.reader(), locale));
        return "annualreport/comparison";
    }

    @GetMapping(AnnualReportWeb.EDITOR + "/{year}/figures")
    String picker(@PathVariable int year, Model model) {
        if (year < FigureQueries.FIRST_YEAR || year > FigureQueries.LAST_YEAR) {
            throw new NotFoundException("year " + year);
        }
        Map<String, List<FigureScope.Choice>> scopes = figures.scopes(year);
        model.addAttribute("year", year);
        model.addAttribute("modules", figures.ofYear(year));
        model.addAttribute("scopes", scopes);
        return "annualreport/picker";
    }
}
