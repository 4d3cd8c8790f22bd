package org.ansoplatform.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ansoplatform.calls.selection.SelectionRules;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.Money;

/**
 * A call's selection rules as the Secretariat writes them (jsonb on the call): caps on the selected per
 * country or nominating organization, the ordered tie-break rules, and how many days an awardee has to
 * answer an offer. Quotas are not here: they are the tracks' award quotas. See docs/selection.md.
 *
 * @param caps at most maxCount (or a maxShare of the track's quota) selected share one value of the
 *        attribute (country or organization), within a track or, without one, over all tracks
 * @param tieBreaks in order; each compares a value (rawMean, reviews, spread, answer:KEY, a NUMBER
 *        question of the form, or criterion:KEY, the mean score on a criterion of the review panel's rubric,
 *        checked when the selection runs), higher first unless order is lower, or draws lots with a seed
 * @param budget the budget envelope proposals are funded from; null when the call has none (it then awards no projects)
 */
public record SelectionSettings(List<CapSetting> caps, List<TieBreakSetting> tieBreaks, Integer offerDays, BudgetSetting budget) {

    public static final String COUNTRY = "country", ORGANIZATION = "organization";
    public static final String RAW_MEAN = "rawMean", REVIEWS = "reviews", SPREAD = "spread", ANSWER = "answer:",
            CRITERION = "criterion:";
    static final Set<String> ATTRIBUTES = Set.of(COUNTRY, ORGANIZATION);
    static final Set<String> VALUES = Set.of(RAW_MEAN, REVIEWS, SPREAD);
    public static final int DEFAULT_OFFER_DAYS = 14;

    public SelectionSettings {
        caps = caps == null ? List.of() : List.copyOf(caps);
        tieBreaks = tieBreaks == null ? List.of() : List.copyOf(tieBreaks);
    }

    /** Rules without a budget envelope. */
    public SelectionSettings(List<CapSetting> caps, List<TieBreakSetting> tieBreaks, Integer offerDays) {
        this(caps, tieBreaks, offerDays, null);
    }

    /** Whether the call funds proposals under a budget envelope: such a call awards projects. */
    public boolean hasBudget() {
        return budget != null;
    }

    /** When a call has none: no caps, ties by the higher raw mean (then, as always, by application id). */
    public static SelectionSettings defaults() {
        return new SelectionSettings(List.of(), List.of(new TieBreakSetting(RAW_MEAN, null, null)), DEFAULT_OFFER_DAYS);
    }

    public int days() {
        return offerDays == null ? DEFAULT_OFFER_DAYS : offerDays;
    }

    /**
     * A budget envelope: proposals are funded at the amount they request (the MONEY question {@code amountField} of the
     * form, in the envelope's currency) in rank order while it lasts; with {@code skipToFit} one that does not fit is passed
     * over for the next that fits, otherwise funding stops there.
     */
    public record BudgetSetting(Money envelope, String amountField, Boolean skipToFit) {

        public boolean skips() {
            return Boolean.TRUE.equals(skipToFit);
        }
    }

    public record CapSetting(String attribute, String track, Double maxShare, Integer maxCount) {
    }

    /** Either value (with order higher or lower) or lot (a seed). */
    public record TieBreakSetting(String value, String order, Long lot) {
    }

    /** Every problem, for the field {@code field}; empty when the rules can be applied to these tracks. */
    public List<Violation> problems(List<Track> tracks, String field) {
        return problems(tracks, path -> field);
    }

    /**
     * Every problem, each on the builder’s path of what it concerns ({@code caps[0].maxShare}, {@code tieBreaks[1].value},
     * {@code offerDays}, {@code budget.envelope}), so that the selection builder shows it next to its input.
     */
    public List<Violation> problemsByPath(List<Track> tracks) {
        return problems(tracks, path -> path);
    }

    private List<Violation> problems(List<Track> tracks, java.util.function.UnaryOperator<String> at) {
        List<Violation> problems = new ArrayList<>();
        Set<String> codes = new java.util.HashSet<>(tracks.stream().map(Track::code).toList());
        for (int i = 0; i < caps.size(); i++) {
            CapSetting cap = caps.get(i);
            String c = "caps[" + i + "].";
            if (cap == null || cap.attribute() == null || !ATTRIBUTES.contains(cap.attribute())) {
                problems.add(new Violation(at.apply(c + "attribute"), "calls.rules.capAttribute", cap == null ? "" : String.valueOf(cap.attribute())));
                continue;
            }
            if (cap.track() != null && !codes.contains(cap.track())) {
                problems.add(new Violation(at.apply(c + "track"), "calls.rules.capTrack", cap.track()));
            }
            if ((cap.maxShare() == null) == (cap.maxCount() == null)) {
                problems.add(new Violation(at.apply(c + "maxShare"), "calls.rules.capLimit", cap.attribute()));
            } else if (cap.maxShare() != null && !(cap.maxShare() > 0 && cap.maxShare() <= 1)) {
                problems.add(new Violation(at.apply(c + "maxShare"), "calls.rules.capShare", cap.attribute()));
            } else if (cap.maxCount() != null && cap.maxCount() < 0) {
                problems.add(new Violation(at.apply(c + "maxCount"), "calls.rules.capLimit", cap.attribute()));
            }
        }
        for (int i = 0; i < tieBreaks.size(); i++) {
            TieBreakSetting rule = tieBreaks.get(i);
            String t = "tieBreaks[" + i + "].";
            if (rule == null || (rule.value() == null) == (rule.lot() == null)) {
                problems.add(new Violation(at.apply(t + "value"), "calls.rules.tieBreak", rule == null ? "" : String.valueOf(rule.value())));
            } else if (rule.value() != null && !VALUES.contains(rule.value())
                    && !(rule.value().startsWith(ANSWER) && rule.value().length() > ANSWER.length())
                    && !(rule.value().startsWith(CRITERION) && rule.value().length() > CRITERION.length())) {
                problems.add(new Violation(at.apply(t + "value"), "calls.rules.tieBreak", rule.value()));
            } else if (rule.order() != null && !rule.order().equals("higher") && !rule.order().equals("lower")) {
                problems.add(new Violation(at.apply(t + "order"), "calls.rules.tieBreakOrder", rule.order()));
            }
        }
        if (offerDays != null && (offerDays < 1 || offerDays > 365)) {
            problems.add(new Violation(at.apply("offerDays"), "calls.rules.offerDays"));
        }
        if (budget != null) {
            if (budget.envelope() == null || budget.envelope().isNegative()) {
                problems.add(new Violation(at.apply("budget.envelope"), "calls.rules.budgetEnvelope"));
            }
            if (budget.amountField() == null || budget.amountField().isBlank()) {
                problems.add(new Violation(at.apply("budget.amountField"), "calls.rules.budgetField", String.valueOf(budget.amountField())));
            }
        }
        return problems;
    }

    /** The type name of a money question (FieldType.MONEY, compared by name so this holds before and after the form's types grow). */
    static final String MONEY_TYPE = "MONEY";

    /**
     * Whether the envelope's amount field is a MONEY question of the form (checked on saving the rules and again when
     * the selection runs, since the form may change in between); empty without an envelope.
     */
    public List<Violation> amountFieldProblems(ApplicationForm form, String field) {
        if (budget == null || budget.amountField() == null || budget.amountField().isBlank()) {
            return List.of();
        }
        boolean money = form.field(budget.amountField()).filter(f -> f.type() != null && MONEY_TYPE.equals(f.type().name())).isPresent();
        return money ? List.of() : List.of(new Violation(field, "calls.rules.budgetField", budget.amountField()));
    }

    /** The rules the selection applies: quotas from the tracks (in their order), caps as counts. */
    public SelectionRules resolve(List<Track> tracks) {
        List<SelectionRules.TrackQuota> quotas = tracks.stream().map(t -> new SelectionRules.TrackQuota(t.code(), t.awardQuota())).toList();
        int total = quotas.stream().mapToInt(SelectionRules.TrackQuota::quota).sum();
        List<SelectionRules.Cap> resolved = new ArrayList<>();
        for (CapSetting cap : caps) {
            if (cap.maxCount() != null) {
                resolved.add(new SelectionRules.Cap(cap.attribute(), cap.track(), cap.maxCount()));
            } else {
                int base = cap.track() == null ? total
                        : quotas.stream().filter(q -> q.track().equals(cap.track())).mapToInt(SelectionRules.TrackQuota::quota).sum();
                resolved.add(new SelectionRules.Cap(cap.attribute(), cap.track(), (int) Math.floor(cap.maxShare() * base + 1e-9)));
            }
        }
        List<SelectionRules.TieBreak> rules = new ArrayList<>();
        for (TieBreakSetting rule : tieBreaks) {
            if (rule.lot() != null) {
                rules.add(SelectionRules.TieBreak.lot(rule.lot()));
            } else if ("lower".equals(rule.order())) {
                rules.add(SelectionRules.TieBreak.lower(rule.value()));
            } else {
                rules.add(SelectionRules.TieBreak.higher(rule.value()));
            }
        }
        SelectionRules.Budget envelope = budget == null ? null : new SelectionRules.Budget(budget.envelope(), budget.skips());
        return new SelectionRules(quotas, resolved, rules, envelope);
    }

    /** The form answers the tie-breaks read (NUMBER questions), by key. */
    public List<String> answerKeys() {
        return keys(ANSWER);
    }

    /** The rubric criteria the tie-breaks read, by key. */
    public List<String> criterionKeys() {
        return keys(CRITERION);
    }

    private List<String> keys(String prefix) {
        return tieBreaks.stream().map(TieBreakSetting::value).filter(v -> v != null && v.startsWith(prefix))
                .map(v -> v.substring(prefix.length())).distinct().toList();
    }
}
