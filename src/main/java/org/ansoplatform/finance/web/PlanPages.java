package org.ansoplatform.finance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.shared.Programme;
import org.ansoplatform.calls.ProgrammeQueries;
import org.ansoplatform.finance.FinanceSettings;
import org.ansoplatform.finance.PlanStatus;
import org.ansoplatform.finance.plans.Amounts;
import org.ansoplatform.finance.plans.BudgetPlanManagement;
import org.ansoplatform.finance.plans.BudgetPlanQueries;
import org.ansoplatform.finance.plans.BudgetPlanView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.Records;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Budget plans' pages: every year with its approved plan, its open one and its history; a plan with its lines by
 * programme, its total, status and the Board's decision. Finance staff draft, edit, propose, withdraw and revise;
 * nothing here approves: the Board's decision, recorded in its session, does (the access rules keep posts to FINANCE).
 */
@Controller
class PlanPages {

    /** A year's plans: the one in force, the one being prepared, and the rest. */
    record Year(int year, BudgetPlanView approved, BudgetPlanView open, List<BudgetPlanView> history) {
    }

    /** A line as a page shows it: the programme's name in the reader's language, and the area it belongs to. */
    record Row(String code, String name, String area, String amount) {
    }

    private final BudgetPlanManagement management;
    private final BudgetPlanQueries queries;
    private final ProgrammeQueries programmes;
    private final Records records;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final FinanceSettings settings;

    PlanPages(BudgetPlanManagement management, BudgetPlanQueries queries, ProgrammeQueries programmes, Records records,
            CurrentActor currentActor, Clock clock, FinanceSettings settings) {
        this.settings = settings;
        this.management = management;
        this.queries = queries;
        this.programmes = programmes;
        this.records = records;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping(PlanWeb.PLANS)
    String list(Model model, Locale locale) {
        List<BudgetPlanView> all = queries.all();
        Map<Integer, List<BudgetPlanView>> byYear = new LinkedHashMap<>();
        all.forEach(plan -> byYear.computeIfAbsent(plan.year(), y -> new ArrayList<>()).add(plan));
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, plans) -> years.add(new Year(year,
                plans.stream().filter(p -> p.status() == PlanStatus.APPROVED).findFirst().orElse(null),
                plans.stream().filter(BudgetPlanView::open).findFirst().orElse(null),
                plans.stream().filter(p -> p.status() != PlanStatus.APPROVED && !p.open()).toList())));
        model.addAttribute("years", years);
        model.addAttribute("totals", totals(all, locale));
        model.addAttribute("decisions", decisions(all, locale));
        model.addAttribute("writes", writes());
        return "finance/plans";
    }

    @GetMapping(PlanWeb.PLANS + "/new")
    String newPlan(Model model, Locale locale) {
        model.addAttribute("form", PlanForm.blank(LocalDate.now(clock).getYear() + 1));
        return form(model, locale);
    }

    @PostMapping(PlanWeb.PLANS)
    String create(@ModelAttribute("form") PlanForm form, BindingResult result, Model model, Locale locale,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return form(model, locale);
        }
        try {
            UUID id = management.draft(form.year(), amounts(form), form.note(), form.isIllustrative());
            return "redirect:" + PlanWeb.PLANS + "/" + id;
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return form(model, locale);
        }
    }

    @GetMapping(PlanWeb.PLANS + "/{id}")
    String plan(@PathVariable UUID id, Model model, Locale locale) {
        BudgetPlanView plan = existing(id);
        if (!model.containsAttribute("form")) {
            Map<String, String> lines = new LinkedHashMap<>();
            plan.lines().forEach(line -> lines.put(line.programmeCode(), line.amount().stripTrailingZeros().toPlainString()));
            model.addAttribute("form", new PlanForm(plan.year(), lines, plan.note(), plan.illustrative(), plan.version()));
        }
        Map<String, Programme> byCode = new LinkedHashMap<>();
        programmes.all().forEach(p -> byCode.put(p.code(), p));
        List<Row> rows = plan.lines().stream().sorted(java.util.Comparator.comparingInt(l -> position(byCode, l.programmeCode())))
                .map(line -> new Row(line.programmeCode(), name(byCode, line.programmeCode(), locale),
                        byCode.containsKey(line.programmeCode()) ? name(byCode, byCode.get(line.programmeCode()).area(), locale) : "",
                        Amounts.money(line.amount(), plan.currency(), locale)))
                .toList();
        model.addAttribute("plan", plan);
        model.addAttribute("rows", rows);
        model.addAttribute("total", Amounts.money(plan.total(), plan.currency(), locale));
        model.addAttribute("decision", plan.decisionId() == null ? null
                : records.describe(RecordRef.of("governance", "decision", plan.decisionId()), currentActor.reader(), locale));
        model.addAttribute("revises", plan.revises() == null ? null : queries.plan(plan.revises()).orElse(null));
        model.addAttribute("writes", writes());
        model.addAttribute("budgetable", budgetable(locale));
        return "finance/plan";
    }

    @PostMapping(PlanWeb.PLANS + "/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") PlanForm form, BindingResult result, Model model,
            Locale locale, HttpServletResponse response) {
        existing(id);
        try {
            if (result.hasErrors()) {
                FormErrors.retarget(form, result, model);
                FormErrors.refused(response);
                return plan(id, model, locale);
            }
            management.update(id, amounts(form), form.note(), form.version());
            return "redirect:" + PlanWeb.PLANS + "/" + id;
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return plan(id, model, locale);
        }
    }

    @PostMapping(PlanWeb.PLANS + "/{id}/propose")
    String propose(@PathVariable UUID id, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> management.propose(existing(id).id()), "finance.plan.flash.proposed");
        return "redirect:" + PlanWeb.PLANS + "/" + id;
    }

    @PostMapping(PlanWeb.PLANS + "/{id}/withdraw")
    String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> management.withdraw(existing(id).id()), "finance.plan.flash.withdrawn");
        return "redirect:" + PlanWeb.PLANS + "/" + id;
    }

    @PostMapping(PlanWeb.PLANS + "/{id}/revise")
    String revise(@PathVariable UUID id, RedirectAttributes redirect) {
        existing(id);
        try {
            UUID revision = management.revise(id);
            redirect.addFlashAttribute("flashSuccess", "finance.plan.flash.revised");
            return "redirect:" + PlanWeb.PLANS + "/" + revision;
        } catch (InvalidInputException refusal) {
            Flash.refused(redirect, refusal);
            return "redirect:" + PlanWeb.PLANS + "/" + id;
        }
    }

    private String form(Model model, Locale locale) {
        model.addAttribute("budgetable", budgetable(locale));
        model.addAttribute("firstYear", BudgetPlanManagement.FIRST_YEAR);
        model.addAttribute("lastYear", BudgetPlanManagement.LAST_YEAR);
        model.addAttribute("currency", settings.baseCurrency());
        return "finance/plan-new";
    }

    /** Programmes a line may name, each with its area's name: areas themselves are not budgeted. */
    private List<Row> budgetable(Locale locale) {
        List<Programme> all = programmes.all();
        Map<String, Programme> byCode = new LinkedHashMap<>();
        all.forEach(p -> byCode.put(p.code(), p));
        return all.stream().filter(p -> all.stream().noneMatch(other -> p.code().equals(other.area())))
                .map(p -> new Row(p.code(), p.name().in(locale), p.area() == null ? "" : name(byCode, p.area(), locale), ""))
                .toList();
    }

    private static java.util.Map<String, java.math.BigDecimal> amounts(PlanForm form) {
        List<Violation> violations = new ArrayList<>();
        Map<String, java.math.BigDecimal> amounts = form.amounts(violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return amounts;
    }

    private static String name(Map<String, Programme> byCode, String code, Locale locale) {
        return code == null ? "" : byCode.containsKey(code) ? byCode.get(code).name().in(locale) : code;
    }

    private static int position(Map<String, Programme> byCode, String code) {
        return new ArrayList<>(byCode.keySet()).indexOf(code);
    }

    private Map<UUID, String> totals(List<BudgetPlanView> plans, Locale locale) {
        Map<UUID, String> totals = new LinkedHashMap<>();
        plans.forEach(plan -> totals.put(plan.id(), Amounts.money(plan.total(), plan.currency(), locale)));
        return totals;
    }

    private Map<UUID, RecordView> decisions(List<BudgetPlanView> plans, Locale locale) {
        List<BudgetPlanView> decided = plans.stream().filter(p -> p.decisionId() != null).toList();
        List<RecordView> views = records.describe(decided.stream()
                .map(p -> RecordRef.of("governance", "decision", p.decisionId())).toList(), currentActor.reader(), locale);
        Map<UUID, RecordView> byPlan = new LinkedHashMap<>();
        for (int i = 0; i < decided.size(); i++) {
            byPlan.put(decided.get(i).id(), views.get(i));
        }
        return byPlan;
    }

    private boolean writes() {
        return currentActor.reader().hasRole("FINANCE");
    }

    private BudgetPlanView existing(UUID id) {
        return queries.plan(id).orElseThrow(() -> new NotFoundException("budget plan"));
    }
}
