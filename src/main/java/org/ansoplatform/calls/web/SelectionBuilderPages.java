package org.ansoplatform.calls.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.FieldType;
import org.ansoplatform.calls.SelectionSettings;
import org.ansoplatform.calls.definition.SelectionEdits;
import org.ansoplatform.calls.definition.SelectionEdits.BudgetInput;
import org.ansoplatform.calls.definition.SelectionEdits.CapInput;
import org.ansoplatform.calls.definition.SelectionEdits.TieBreakInput;
import org.ansoplatform.calls.selection.SelectionRuleBook;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The selection builder: the tracks’ quotas shown (edited with the tracks), caps as a percent of the quota or a
 * count, tie-breaks in order with up and down buttons, the days to answer an offer and, on a call that has one, the
 * budget envelope; saved through {@link SelectionRuleBook#saveRules(UUID, SelectionSettings)} with every problem
 * next to its input.
 */
@Controller
class SelectionBuilderPages {

    /** The builder as posted; {@code move} is “up:2” or “down:0” when a tie-break’s arrow was pressed. */
    record SelectionForm(List<CapInput> caps, List<TieBreakInput> tieBreaks, String offerDays, BudgetInput budget, String move) {

        SelectionForm {
            caps = caps == null ? new ArrayList<>() : new ArrayList<>(caps);
            tieBreaks = tieBreaks == null ? new ArrayList<>() : new ArrayList<>(tieBreaks);
        }

        static SelectionForm of(SelectionSettings settings) {
            return new SelectionForm(settings.caps().stream().map(CapInput::of).toList(),
                    settings.tieBreaks().stream().map(TieBreakInput::of).toList(),
                    settings.offerDays() == null ? null : String.valueOf(settings.offerDays()), BudgetInput.of(settings.budget()), null);
        }

        /** With a blank cap and tie-break row to add one. */
        SelectionForm padded() {
            List<CapInput> moreCaps = new ArrayList<>(caps);
            moreCaps.add(new CapInput(SelectionSettings.COUNTRY, null, null, null));
            List<TieBreakInput> moreRules = new ArrayList<>(tieBreaks);
            moreRules.add(new TieBreakInput(null, "higher", null));
            return new SelectionForm(moreCaps, moreRules, offerDays, budget, null);
        }
    }

    private final CallQueries calls;
    private final SelectionRuleBook ruleBook;

    SelectionBuilderPages(CallQueries calls, SelectionRuleBook ruleBook) {
        this.calls = calls;
        this.ruleBook = ruleBook;
    }

    @GetMapping("/secretariat/calls/{id}/builder/selection")
    String page(@PathVariable UUID id, Model model, Locale locale) {
        CallView call = calls.any(id);
        return page(call, SelectionForm.of(ruleBook.rules(call.id())), new MapBindingResult(new HashMap<>(), "selection"), model, locale);
    }

    @PostMapping("/secretariat/calls/{id}/builder/selection")
    String save(@PathVariable UUID id, @ModelAttribute SelectionForm form, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        CallView call = calls.any(id);
        SelectionForm posted = moved(form, SelectionForm.of(ruleBook.rules(call.id())).budget() != null);
        try {
            ruleBook.saveRules(call.id(), SelectionEdits.settings(posted.caps(), posted.tieBreaks(), posted.offerDays(), posted.budget()));
            redirect.addFlashAttribute("flashSuccess", "calls.rules.saved");
            return "redirect:/secretariat/calls/" + call.id() + "/builder/selection" + (form.move() == null ? "" : "#tie-breaks");
        } catch (InvalidInputException refusal) {
            BindingResult errors = new MapBindingResult(new HashMap<>(), "selection");
            FormErrors.refuse(refusal, errors, response);
            return page(call, withoutBlankRows(posted), errors, model, locale);
        }
    }

    /** The posted form with the tie-break moved as asked; a budget is only kept on a call that has one. */
    private static SelectionForm moved(SelectionForm form, boolean hasBudget) {
        List<TieBreakInput> rules = form.tieBreaks();
        if (form.move() != null && form.move().matches("(up|down):\\d{1,3}")) {
            String[] parts = form.move().split(":");
            rules = SelectionEdits.move(rules, Integer.parseInt(parts[1]), "up".equals(parts[0]));
        }
        return new SelectionForm(form.caps(), rules, form.offerDays(), hasBudget ? form.budget() : null, form.move());
    }

    /** Rows as the settings will number them, so that each message lands next to its row. */
    private static SelectionForm withoutBlankRows(SelectionForm form) {
        return new SelectionForm(form.caps().stream().filter(cap -> cap != null && !(blank(cap.percent()) && blank(cap.count()))).toList(),
                form.tieBreaks().stream().filter(rule -> rule != null && !blank(rule.value())).toList(), form.offerDays(), form.budget(), null);
    }

    private String page(CallView call, SelectionForm form, BindingResult errors, Model model, Locale locale) {
        model.addAttribute("call", call);
        model.addAttribute("form", form.padded());
        Set<String> values = new LinkedHashSet<>(List.of(SelectionSettings.RAW_MEAN, SelectionSettings.REVIEWS, SelectionSettings.SPREAD));
        call.definition().form().fields().stream().filter(f -> f.type() == FieldType.NUMBER)
                .forEach(f -> values.add(SelectionSettings.ANSWER + f.key()));
        form.tieBreaks().stream().map(TieBreakInput::value).filter(v -> !blank(v)).forEach(values::add);
        values.add(SelectionEdits.LOT);
        model.addAttribute("tieBreakValues", values);
        model.addAttribute("moneyFields", call.definition().form().fields().stream().filter(f -> f.type() == FieldType.MONEY)
                .map(f -> new Countries.Country(f.key(), f.label().in(locale))).toList());
        model.addAttribute("selection", new HashMap<String, Object>());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "selection", errors);
        return "calls/secretariat/builder/selection";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
