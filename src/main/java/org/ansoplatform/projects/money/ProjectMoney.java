package org.ansoplatform.projects.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.projects.BudgetCategory;
import org.ansoplatform.projects.ProjectMoneyRecorded;
import org.ansoplatform.projects.ProjectMoneyRecorded.Entry;
import org.ansoplatform.projects.ProjectQueries;
import org.ansoplatform.projects.core.ProjectInput;
import org.ansoplatform.projects.core.ProjectStore;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.Money;
import org.ansoplatform.shared.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's money, all in the project's currency: budget lines per year and category (within the project's
 * years, their sum never over the granted amount), tranches paid (never more than granted), and expenditure per
 * partner, which is never edited: a correction is a further, negative line. Every entry is checked under the
 * project's row lock, so two entries at once cannot pass the granted amount together.
 */
@Service
@Transactional
public class ProjectMoney {

    public static final int REFERENCE_MAX = 100, NOTE_MAX = 500;

    private final MoneyStore store;
    private final ProjectStore projects;
    private final ApplicationEventPublisher events;
    private final CurrentActor currentActor;

    ProjectMoney(MoneyStore store, ProjectStore projects, ApplicationEventPublisher events, CurrentActor currentActor) {
        this.store = store;
        this.projects = projects;
        this.events = events;
        this.currentActor = currentActor;
    }

    /** Sets the budget of a year and category (zero removes the line). */
    public void setBudgetLine(UUID projectId, Integer year, BudgetCategory category, BigDecimal amount) {
        setBudgetLine(projectId, year, category, amount, currentActor.get());
    }

    public void setBudgetLine(UUID projectId, Integer year, BudgetCategory category, BigDecimal amount, Actor actor) {
        MoneyStore.Frame frame = frame(projectId);
        List<Violation> violations = new ArrayList<>();
        year(year, frame, violations);
        if (category == null) {
            violations.add(new Violation("category", "validation.required"));
        }
        Money money = ProjectInput.money(amount, frame.currency(), "amount", true, violations);
        if (violations.isEmpty()) {
            BigDecimal total = store.budgetedExcept(projectId, year, category).add(money.amount());
            if (total.compareTo(frame.granted()) > 0) {
                violations.add(new Violation("amount", "projects.money.error.overGranted", total.toPlainString(),
                        frame.granted().toPlainString(), frame.currency()));
            }
        }
        refuse(violations);
        store.setLine(projectId, year, category, money.amount());
        recorded(projectId, Entry.BUDGET_LINE, year + " " + category + " " + money, actor);
    }

    public void addTranche(UUID projectId, LocalDate paidOn, BigDecimal amount, String reference, String note) {
        Actor actor = currentActor.get();
        MoneyStore.Frame frame = frame(projectId);
        List<Violation> violations = new ArrayList<>();
        if (paidOn == null) {
            violations.add(new Violation("paidOn", "validation.required"));
        }
        Money money = ProjectInput.money(amount, frame.currency(), "amount", true, violations);
        if (money != null && money.amount().signum() == 0) {
            violations.add(new Violation("amount", "projects.money.error.positive"));
        }
        String ref = TextInput.checkLine(reference, "reference", REFERENCE_MAX, false, violations);
        String text = TextInput.check(note, "note", NOTE_MAX, false, violations);
        if (violations.isEmpty() && store.paid(projectId).add(money.amount()).compareTo(frame.granted()) > 0) {
            violations.add(new Violation("amount", "projects.money.error.paidOverGranted",
                    store.paid(projectId).toPlainString(), frame.granted().toPlainString(), frame.currency()));
        }
        refuse(violations);
        store.addTranche(projectId, paidOn, money.amount(), ref, text, actor.personId(), actor.at());
        recorded(projectId, Entry.TRANCHE, paidOn + " " + money, actor);
    }

    /** Reports a partner's expenditure on a line; a negative amount corrects earlier lines, never below zero. */
    public void addExpenditure(UUID projectId, UUID partnerId, Integer year, BudgetCategory category, BigDecimal amount,
            String description) {
        Actor actor = currentActor.get();
        MoneyStore.Frame frame = frame(projectId);
        List<Violation> violations = new ArrayList<>();
        if (partnerId == null || !store.isPartner(projectId, partnerId)) {
            violations.add(new Violation("partnerId", "projects.project.error.partner"));
        }
        year(year, frame, violations);
        if (category == null) {
            violations.add(new Violation("category", "validation.required"));
        }
        Money money = ProjectInput.money(amount, frame.currency(), "amount", false, violations);
        if (money != null && money.amount().signum() == 0) {
            violations.add(new Violation("amount", "projects.money.error.zero"));
        }
        String text = TextInput.checkLine(description, "description", NOTE_MAX, false, violations);
        if (violations.isEmpty() && money.isNegative()
                && store.spentBy(partnerId, year, category).add(money.amount()).signum() < 0) {
            violations.add(new Violation("amount", "projects.money.error.correctionBelowZero",
                    store.spentBy(partnerId, year, category).toPlainString(), frame.currency()));
        }
        refuse(violations);
        store.addExpenditure(projectId, partnerId, year, category, money.amount(), text, actor.personId(), actor.at());
        recorded(projectId, Entry.EXPENDITURE, year + " " + category + " " + money, actor);
    }

    /** The project's money with the variance of each line and the totals. */
    @Transactional(readOnly = true)
    public MoneyView view(UUID projectId) {
        MoneyStore.Frame frame = store.frame(projectId);
        String currency = frame.currency();
        Map<String, BigDecimal[]> lines = new LinkedHashMap<>();
        for (MoneyStore.Budget b : store.lines(projectId)) {
            lines.computeIfAbsent(b.year() + ":" + b.category().name(), k -> zeros())[0] = b.amount();
        }
        List<MoneyView.Expenditure> expenditures = store.expenditures(projectId, currency);
        Map<UUID, MoneyView.PartnerSpending> byPartner = new LinkedHashMap<>();
        for (MoneyView.Expenditure e : expenditures) {
            BigDecimal[] line = lines.computeIfAbsent(e.year() + ":" + e.category().name(), k -> zeros());
            line[1] = line[1].add(e.amount().amount());
            byPartner.merge(e.partnerId(), new MoneyView.PartnerSpending(e.partnerId(), e.partnerName(), e.amount()),
                    (a, b) -> new MoneyView.PartnerSpending(a.partnerId(), a.partnerName(), a.spent().plus(b.spent())));
        }
        List<MoneyView.Line> rows = new ArrayList<>();
        Money budgeted = Money.zero(currency), spent = Money.zero(currency);
        for (var entry : lines.entrySet()) {
            String[] key = entry.getKey().split(":");
            Money budget = new Money(entry.getValue()[0], currency), used = new Money(entry.getValue()[1], currency);
            rows.add(new MoneyView.Line(Integer.parseInt(key[0]), BudgetCategory.valueOf(key[1]), budget, used, budget.minus(used)));
            budgeted = budgeted.plus(budget);
            spent = spent.plus(used);
        }
        rows.sort(java.util.Comparator.comparingInt(MoneyView.Line::year).thenComparing(MoneyView.Line::category));
        Money granted = new Money(frame.granted(), currency);
        List<MoneyView.Tranche> tranches = store.tranches(projectId, currency);
        Money paid = tranches.stream().map(MoneyView.Tranche::amount).reduce(Money.zero(currency), Money::plus);
        return new MoneyView(granted, rows, budgeted, spent, budgeted.minus(spent), granted.minus(budgeted), tranches, paid,
                expenditures, List.copyOf(byPartner.values()));
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private MoneyStore.Frame frame(UUID projectId) {
        projects.lock(projectId).orElseThrow(() -> new NotFoundException("project"));
        return store.frame(projectId);
    }

    private static void year(Integer year, MoneyStore.Frame frame, List<Violation> violations) {
        if (year == null) {
            violations.add(new Violation("year", "validation.required"));
        } else if (year < frame.start().getYear() || year > frame.end().getYear()) {
            violations.add(new Violation("year", "projects.money.error.yearOutside", frame.start().getYear(),
                    frame.end().getYear()));
        }
    }

    private static void refuse(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private void recorded(UUID projectId, Entry entry, String detail, Actor actor) {
        projects.touch(projectId, actor.at());
        events.publishEvent(new ProjectMoneyRecorded(projectId, entry, detail, actor));
        events.publishEvent(new RecordChanged(ProjectQueries.ref(projectId)));
    }
}
