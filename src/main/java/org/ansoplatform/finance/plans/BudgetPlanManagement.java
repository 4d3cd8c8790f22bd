package org.ansoplatform.finance.plans;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ansoplatform.shared.Programme;
import org.ansoplatform.calls.ProgrammeQueries;
import org.ansoplatform.finance.FinanceChanged;
import org.ansoplatform.finance.FinanceSettings;
import org.ansoplatform.finance.PlanStatus;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget plans as finance staff draft them: one amount per programme in the base currency, edited only while DRAFT
 * (naming the version the editor saw), put before the Board (PROPOSED) or taken back. Approval is never a command
 * here: only a Board decision approves or rejects a plan ({@link PlanDecisions}), and an approved plan changes only
 * through a revision, which is a new plan and needs a new decision. A year has at most one open plan.
 */
@Service
@Transactional
public class BudgetPlanManagement {

    public static final int FIRST_YEAR = 2000, LAST_YEAR = 2100, NOTE_MAX = 2000;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e15");

    private final BudgetPlanStore store;
    private final ProgrammeQueries programmes;
    private final FinanceSettings settings;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    BudgetPlanManagement(BudgetPlanStore store, ProgrammeQueries programmes, FinanceSettings settings,
            CurrentActor currentActor, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.programmes = programmes;
        this.settings = settings;
        this.currentActor = currentActor;
    }

    /** A new DRAFT plan of the year; refused while the year has another open (DRAFT or PROPOSED) plan. */
    public UUID draft(Integer year, Map<String, BigDecimal> lines, String note, boolean illustrative) {
        List<Violation> violations = new ArrayList<>();
        if (year == null) {
            violations.add(new Violation("year", "validation.required"));
        } else if (year < FIRST_YEAR || year > LAST_YEAR) {
            violations.add(new Violation("year", "finance.plan.error.year", FIRST_YEAR, LAST_YEAR));
        } else if (store.openOf(year).isPresent()) {
            violations.add(new Violation("year", "finance.plan.error.openExists", String.valueOf(year)));
        }
        Map<String, BigDecimal> checked = lines(lines, violations);
        String text = Objects.requireNonNullElse(TextInput.check(note, "note", NOTE_MAX, false, violations), "");
        refuse(violations);
        Actor actor = currentActor.get();
        UUID id = UUID.randomUUID();
        insert(id, year, null, text, illustrative, checked, actor);
        audit(actor, "finance.plan.drafted", id, year);
        return id;
    }

    /** Replaces the lines and the note of a DRAFT plan, as of the version the editor saw. */
    public void update(UUID id, Map<String, BigDecimal> lines, String note, Integer version) {
        BudgetPlanView plan = locked(id);
        editable(plan);
        if (version == null || version != plan.version()) {
            throw new InvalidInputException("version", "finance.plan.error.stale");
        }
        List<Violation> violations = new ArrayList<>();
        Map<String, BigDecimal> checked = lines(lines, violations);
        String text = Objects.requireNonNullElse(TextInput.check(note, "note", NOTE_MAX, false, violations), "");
        refuse(violations);
        store.replaceLines(id, checked);
        Actor actor = currentActor.get();
        store.edited(id, text, actor.at());
        audit(actor, "finance.plan.updated", id, plan.year());
    }

    /** Puts a DRAFT plan with at least one line before the Board: governance offers it as a decision subject. */
    public void propose(UUID id) {
        BudgetPlanView plan = locked(id);
        editable(plan);
        if (plan.lines().isEmpty()) {
            throw new InvalidInputException("lines", "finance.plan.error.noLines");
        }
        Actor actor = currentActor.get();
        store.status(id, PlanStatus.PROPOSED, null, null, actor.at());
        audit(actor, "finance.plan.proposed", id, plan.year());
    }

    /** Takes a PROPOSED plan back to DRAFT, before the Board decided it. */
    public void withdraw(UUID id) {
        BudgetPlanView plan = locked(id);
        if (plan.status() != PlanStatus.PROPOSED) {
            throw new InvalidInputException(null, "finance.plan.error.notProposed");
        }
        Actor actor = currentActor.get();
        store.status(id, PlanStatus.DRAFT, null, null, actor.at());
        audit(actor, "finance.plan.withdrawn", id, plan.year());
    }

    /** A new DRAFT of the approved plan's year with its lines, to be approved by a new decision. */
    public UUID revise(UUID approvedId) {
        BudgetPlanView approved = locked(approvedId);
        if (approved.status() != PlanStatus.APPROVED) {
            throw new InvalidInputException(null, "finance.plan.error.notApproved");
        }
        if (store.openOf(approved.year()).isPresent()) {
            throw new InvalidInputException(null, "finance.plan.error.openExists", String.valueOf(approved.year()));
        }
        Map<String, BigDecimal> lines = approved.lines().stream()
                .collect(Collectors.toMap(BudgetPlanView.Line::programmeCode, BudgetPlanView.Line::amount, (a, b) -> a, LinkedHashMap::new));
        UUID id = UUID.randomUUID();
        Actor actor = currentActor.get();
        insert(id, approved.year(), approved.id(), "", approved.illustrative(), lines, actor);
        audit(actor, "finance.plan.revised", id, approved.year());
        return id;
    }

    private void insert(UUID id, int year, UUID revises, String note, boolean illustrative, Map<String, BigDecimal> lines,
            Actor actor) {
        try {
            store.insert(id, year, settings.baseCurrency(), revises, note, illustrative, actor.personId(), actor.at());
        } catch (DuplicateKeyException race) {
            // another request opened a plan of the year since the check: the unique index keeps one
            throw new InvalidInputException("year", "finance.plan.error.openExists", String.valueOf(year));
        }
        store.replaceLines(id, lines);
    }

    /**
     * Each line names a programme that is no area (an area's programmes are budgeted one by one, so that budget
     * against actual never counts a line twice) and a non-negative amount in the base currency's minor unit.
     */
    private Map<String, BigDecimal> lines(Map<String, BigDecimal> lines, List<Violation> violations) {
        Map<String, BigDecimal> checked = new LinkedHashMap<>();
        if (lines == null) {
            return checked;
        }
        List<Programme> all = programmes.all();
        Set<String> codes = all.stream().map(Programme::code).collect(Collectors.toSet());
        Set<String> areas = all.stream().map(Programme::area).filter(a -> a != null).collect(Collectors.toSet());
        int digits = Math.max(Currency.getInstance(settings.baseCurrency()).getDefaultFractionDigits(), 0);
        lines.forEach((code, amount) -> {
            String field = "lines[" + code + "]";
            if (code == null || !codes.contains(code)) {
                violations.add(new Violation(field, "finance.plan.error.programme", String.valueOf(code)));
            } else if (areas.contains(code)) {
                violations.add(new Violation(field, "finance.plan.error.area", code));
            } else if (amount == null) {
                violations.add(new Violation(field, "validation.required"));
            } else if (amount.signum() < 0) {
                violations.add(new Violation(field, "finance.plan.error.negative"));
            } else if (amount.stripTrailingZeros().scale() > digits || amount.compareTo(MAX_AMOUNT) >= 0) {
                violations.add(new Violation(field, "finance.plan.error.amount", settings.baseCurrency(), String.valueOf(digits)));
            } else {
                checked.put(code, amount);
            }
        });
        return checked;
    }

    private void audit(Actor actor, String action, UUID plan, int year) {
        events.publishEvent(new FinanceChanged(actor, action, FinanceChanged.PLAN, plan.toString(), String.valueOf(year)));
    }

    private BudgetPlanView locked(UUID id) {
        return store.lock(id).orElseThrow(() -> new NotFoundException("budget plan"));
    }

    private static void editable(BudgetPlanView plan) {
        if (!plan.editable()) {
            throw new InvalidInputException(null, "finance.plan.error.notDraft");
        }
    }

    private static void refuse(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
