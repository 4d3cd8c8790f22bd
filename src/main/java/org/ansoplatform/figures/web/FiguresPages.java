package org.ansoplatform.figures.web;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.figures.FigureQueries;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.shared.FigureScope;
import org.ansoplatform.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Secretariat's figures of a year, each module a section, and the records behind one figure. A year that is
 * not one is answered 400 with the message next to the year field, and nothing is computed.
 */
@Controller
class FiguresPages {

    static final int PAGE_SIZE = 50;

    private final FigureQueries figures;
    private final CurrentActor actor;
    private final MessageSource messages;
    private final Clock clock;

    FiguresPages(FigureQueries figures, CurrentActor actor, MessageSource messages, Clock clock) {
        this.figures = figures;
        this.actor = actor;
        this.messages = messages;
        this.clock = clock;
    }

    /** The last complete calendar year, the one an annual report covers. */
    static int lastYear(Clock clock) {
        return clock.instant().atZone(ZoneOffset.UTC).getYear() - 1;
    }

    @GetMapping("/secretariat/figures")
    String figures(@Valid @ModelAttribute("form") YearForm form, BindingResult result, Locale locale, Model model,
            HttpServletResponse response) {
        if (refused(form, result, model, response)) {
            return "figures/figures";
        }
        int year = form.yearOr(lastYear(clock));
        model.addAttribute("form", new YearForm(year));
        model.addAttribute("year", year);
        Map<String, List<FigureScope.Choice>> scopes = figures.scopes(year);
        model.addAttribute("modules", figures.ofYear(year).stream()
                .map(module -> new Section(module.module(), module.figures().stream()
                        .map(figure -> FigureTexts.of(module.module(), figure, messages, locale)).toList(),
                        scopes.getOrDefault(module.module(), List.of()).stream()
                                .map(choice -> new ScopeText(choice.scope().toString(),
                                        choice.label() == null ? "" : choice.label().in(locale))).toList()))
                .toList());
        return "figures/figures";
    }

    @GetMapping("/secretariat/figures/{key}")
    String records(@PathVariable String key, @Valid @ModelAttribute("form") YearForm form, BindingResult result,
            @RequestParam(required = false) String part, @RequestParam(defaultValue = "0") int page, Locale locale, Model model,
            HttpServletResponse response) {
        model.addAttribute("key", key);
        if (refused(form, result, model, response)) {
            return "figures/records";
        }
        int year = form.yearOr(lastYear(clock));
        FigureQueries.RecordPage records = figures.records(key, year, part, actor.reader(), locale, new PageRequest(page, PAGE_SIZE));
        model.addAttribute("form", new YearForm(year));
        model.addAttribute("year", year);
        model.addAttribute("figure", FigureTexts.of(key.split("\\.", 2)[0], records.figure(), messages, locale));
        model.addAttribute("part", records.part() == null ? null : FigureTexts.partName(records.part(), messages, locale));
        model.addAttribute("partCode", records.part() == null ? null : records.part().code());
        model.addAttribute("records", records.visible());
        model.addAttribute("hidden", records.hidden());
        return "figures/records";
    }

    private static boolean refused(YearForm form, BindingResult result, Model model, HttpServletResponse response) {
        BindingResult checked = FormErrors.retarget(form, result, model);
        if (!checked.hasErrors()) {
            return false;
        }
        model.addAttribute("modules", List.of());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return true;
    }

    /** A module's figures and the scopes an editor may narrow them to ({@code call=scholarship-2021} and its name). */
    record Section(String module, List<FigureTexts> figures, List<ScopeText> scopes) {
    }

    record ScopeText(String scope, String label) {
    }
}
