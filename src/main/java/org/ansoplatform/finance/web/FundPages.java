package org.ansoplatform.finance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.shared.Programme;
import org.ansoplatform.calls.ProgrammeQueries;
import org.ansoplatform.finance.FundKind;
import org.ansoplatform.finance.MovementKind;
import org.ansoplatform.finance.funds.FundBalances;
import org.ansoplatform.finance.funds.FundManagement;
import org.ansoplatform.finance.funds.FundQueries;
import org.ansoplatform.finance.funds.FundView;
import org.ansoplatform.finance.plans.Amounts;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Funds' pages: every fund with its balance; a fund with what came in and what was spent from it. An endowment's
 * principal is shown and never spent: it pays from its income only (the ledger import refuses the rest).
 */
@Controller
class FundPages {

    /** A fund's balance as the page shows it, each amount in the reader's notation with the currency. */
    record Figures(String principal, String income, String spent, String available) {

        static Figures of(FundView fund, Locale locale) {
            FundBalances.Balance b = fund.balance();
            return b == null ? new Figures("", "", "", "") : new Figures(Amounts.money(b.principal(), fund.currency(), locale),
                    Amounts.money(b.income(), fund.currency(), locale), Amounts.money(b.spent(), fund.currency(), locale),
                    Amounts.money(b.available(), fund.currency(), locale));
        }
    }

    private final FundManagement management;
    private final FundQueries queries;
    private final ProgrammeQueries programmes;
    private final CurrentActor currentActor;
    private final Clock clock;

    FundPages(FundManagement management, FundQueries queries, ProgrammeQueries programmes, CurrentActor currentActor,
            Clock clock) {
        this.management = management;
        this.queries = queries;
        this.programmes = programmes;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping(PlanWeb.FUNDS)
    String list(Model model, Locale locale) {
        if (!model.containsAttribute("fundForm")) {
            model.addAttribute("fundForm", FundForms.FundForm.blank());
        }
        List<FundView> funds = queries.all();
        Map<String, Figures> figures = new LinkedHashMap<>();
        funds.forEach(f -> figures.put(f.code(), Figures.of(f, locale)));
        model.addAttribute("funds", funds);
        model.addAttribute("figures", figures);
        model.addAttribute("kinds", FundKind.values());
        model.addAttribute("programmes", programmes.all().stream()
                .filter(p -> programmes.all().stream().noneMatch(o -> p.code().equals(o.area()))).toList());
        model.addAttribute("writes", writes());
        return "finance/funds";
    }

    @PostMapping(PlanWeb.FUNDS)
    String create(@ModelAttribute("fundForm") FundForms.FundForm form, BindingResult result, Model model, Locale locale,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return list(model, locale);
        }
        try {
            management.create(form.code(), LocalizedText.of(form.name()), form.kind(), form.programmeCode(),
                    LocalizedText.of(form.description()));
            return "redirect:" + PlanWeb.FUNDS + "/" + form.code().strip();
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return list(model, locale);
        }
    }

    @GetMapping(PlanWeb.FUNDS + "/{code}")
    String fund(@PathVariable String code, Model model, Locale locale) {
        FundView fund = queries.fund(code).orElseThrow(() -> new NotFoundException("fund"));
        if (!model.containsAttribute("movementForm")) {
            model.addAttribute("movementForm", FundForms.MovementForm.blank(LocalDate.now(clock)));
        }
        model.addAttribute("fund", fund);
        model.addAttribute("programme", fund.programmeCode() == null ? null : programmes.byCode(fund.programmeCode())
                .map(Programme::name).map(n -> n.in(locale)).orElse(fund.programmeCode()));
        model.addAttribute("figures", Figures.of(fund, locale));
        List<FundView.Movement> movements = queries.movements(code);
        model.addAttribute("movements", movements);
        model.addAttribute("amounts", movements.stream().map(m -> Amounts.money(m.amount(), m.currency(), locale)).toList());
        model.addAttribute("movementKinds", MovementKind.values());
        model.addAttribute("writes", writes());
        return "finance/fund";
    }

    @PostMapping(PlanWeb.FUNDS + "/{code}/movements")
    String record(@PathVariable String code, @ModelAttribute("movementForm") FundForms.MovementForm form,
            BindingResult result, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        queries.fund(code).orElseThrow(() -> new NotFoundException("fund"));
        if (result.hasErrors()) {
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return fund(code, model, locale);
        }
        try {
            management.record(code, form.kind(), form.amount(), form.date(), form.note());
            redirect.addFlashAttribute("flashSuccess", "finance.fund.flash.recorded");
            return "redirect:" + PlanWeb.FUNDS + "/" + code;
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return fund(code, model, locale);
        }
    }

    private boolean writes() {
        return currentActor.reader().hasRole("FINANCE");
    }
}
