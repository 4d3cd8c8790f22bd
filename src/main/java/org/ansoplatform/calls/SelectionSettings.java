package org.ansoplatform.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ansoplatform.calls.selection.SelectionRules;
import org.ansoplatform.platform.InvalidInputException.Violation;

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
 */
public record SelectionSettings(List<CapSetting> caps, List<TieBreakSetting> tieBreaks, Integer offerDays) {

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

    /** When a call has none: no caps, ties by the higher raw mean (then, as always, by application id). */
    public static SelectionSettings defaults() {
        return new SelectionSettings(List.of(), List.of(new TieBreakSetting(RAW_MEAN, null, null)), DEFAULT_OFFER_DAYS);
    }

    public int days() {
        return offerDays == null ? DEFAULT_OFFER_DAYS : offerDays;
    }

    public record CapSetting(String attribute, String track, Double maxShare, Integer maxCount) {
    }

    /** Either value (with order higher or lower) or lot (a seed). */
    public record TieBreakSetting(String value, String order, Long lot) {
    }

    /** Every problem, for the field {@code field}; empty when the rules can be applied to these tracks. */
    public List<Violation> problems(List<Track> tracks, String field) {
        List<Violation> problems = new ArrayList<>();
        Set<String> codes = new java.util.HashSet<>(tracks.stream().map(Track::code).toList());
        for (CapSetting cap : caps) {
            if (cap == null || cap.attribute() == null || !ATTRIBUTES.contains(cap.attribute())) {
                problems.add(new Violation(field, "calls.rules.capAttribute", cap == null ? "" : String.valueOf(cap.attribute())));
                continue;
            }
            if (cap.track() != null && !codes.contains(cap.track())) {
                problems.add(new Violation(field, "calls.rules.capTrack", cap.track()));
            }
            if ((cap.maxShare() == null) == (cap.maxCount() == null)) {
                problems.add(new Violation(field, "calls.rules.capLimit", cap.attribute()));
            } else if (cap.maxShare() != null && !(cap.maxShare() > 0 && cap.maxShare() <= 1)) {
                problems.add(new Violation(field, "calls.rules.capShare", cap.attribute()));
            } else if (cap.maxCount() != null && cap.maxCount() < 0) {
                problems.add(new Violation(field, "calls.rules.capLimit", cap.attribute()));
            }
        }
        for (TieBreakSetting rule : tieBreaks) {
            if (rule == null || (rule.value() == null) == (rule.lot() == null)) {
                problems.add(new Violation(field, "calls.rules.tieBreak", rule == null ? "" : String.valueOf(rule.value())));
            } else if (rule.value() != null && !VALUES.contains(rule.value())
                    && !(rule.value().startsWith(ANSWER) && rule.value().length() > ANSWER.length())
                    && !(rule.value().startsWith(CRITERION) && rule.value().length() > CRITERION.length())) {
                problems.add(new Violation(field, "calls.rules.tieBreak", rule.value()));
            } else if (rule.order() != null && !rule.order().equals("higher") && !rule.order().equals("lower")) {
                problems.add(new Violation(field, "calls.rules.tieBreakOrder", rule.order()));
            }
        }
        if (offerDays != null && (offerDays < 1 || offerDays > 365)) {
            problems.add(new Violation(field, "calls.rules.offerDays"));
        }
        return problems;
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
        return new SelectionRules(quotas, resolved, rules);
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
