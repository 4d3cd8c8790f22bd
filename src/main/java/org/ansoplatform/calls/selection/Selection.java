package org.ansoplatform.calls.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.shared.Money;

/**
 * Ranking and selection per track under quotas and caps. Each track is ranked by score (scores equal
 * to 1e-9 are tied), ties ordered by the rules in turn and finally by application id; then candidates
 * are taken in rank order while the quota lasts, skipping one whose selection would exceed a cap. Under a
 * budget envelope (one for the call, tracks in their order) a candidate is also funded at its requested amount
 * only while the envelope lasts: one that does not fit is explained (requested, remaining) and, if the rules skip to
 * fit, the next that fits is funded, otherwise funding stops there. The result depends only on the set of
 * candidates and the rules, never on input order.
 */
public final class Selection {

    private Selection() {
    }

    public static SelectionResult select(List<Candidate> candidates, SelectionRules rules) {
        Set<UUID> seen = new HashSet<>();
        Map<String, List<Candidate>> byTrack = new HashMap<>();
        for (Candidate candidate : candidates) {
            if (!seen.add(candidate.applicationId())) {
                throw new IllegalArgumentException("application listed twice: " + candidate.applicationId());
            }
            byTrack.computeIfAbsent(candidate.track(), t -> new ArrayList<>()).add(candidate);
        }
        List<Decision> decisions = new ArrayList<>();
        List<TieRecord> ties = new ArrayList<>();
        // counts per cap and attribute value, shared by tracks when a cap spans them
        Map<SelectionRules.Cap, Map<String, Integer>> capCounts = new HashMap<>();
        List<String> trackOrder = new ArrayList<>();
        rules.tracks().forEach(t -> trackOrder.add(t.track()));
        Envelope envelope = rules.budget() == null ? null : new Envelope(rules.budget(), candidates);
        byTrack.keySet().stream().filter(t -> !trackOrder.contains(t)).sorted().forEach(trackOrder::add);
        for (String track : trackOrder) {
            List<Candidate> ranked = new ArrayList<>(byTrack.getOrDefault(track, List.of()));
            ranked.sort(ranking(rules.tieBreaks()));
            Map<UUID, List<TieRecord>> tiesOf = recordTies(track, ranked, rules.tieBreaks(), ties);
            SelectionRules.TrackQuota quota = rules.tracks().stream().filter(t -> t.track().equals(track))
                    .findFirst().orElse(null);
            int size = ranked.size();
            int selected = 0;
            int waitlist = 0;
            int skipped = 0;
            List<Object> lastCap = null;
            for (int i = 0; i < size; i++) {
                Candidate c = ranked.get(i);
                int rank = i + 1;
                List<TieRecord> own = tiesOf.getOrDefault(c.applicationId(), List.of());
                if (quota == null) {
                    decisions.add(new Decision(c.applicationId(), track, rank, size, Decision.Outcome.NO_QUOTA,
                            ++waitlist, "calls.selection.no-quota", List.of(rank, size, track), own));
                    continue;
                }
                if (selected >= quota.quota()) {
                    decisions.add(new Decision(c.applicationId(), track, rank, size, Decision.Outcome.NOT_SELECTED,
                            ++waitlist, "calls.selection.below-line", List.of(rank, size, track, quota.quota()), own));
                    continue;
                }
                SelectionRules.Cap full = fullCap(rules.caps(), capCounts, c);
                if (full != null) {
                    skipped++;
                    lastCap = List.of(full.attribute(), c.attributes().get(full.attribute()), full.maxCount());
                    decisions.add(new Decision(c.applicationId(), track, rank, size, Decision.Outcome.CAPPED,
                            ++waitlist, "calls.selection.capped", List.of(rank, size, track, full.attribute(),
                                    c.attributes().get(full.attribute()), full.maxCount()), own));
                    continue;
                }
                if (envelope != null && !envelope.fits(c)) {
                    decisions.add(envelope.notFunded(c, track, rank, size, ++waitlist, own));
                    continue;
                }
                for (SelectionRules.Cap cap : rules.caps()) {
                    String value = c.attributes().get(cap.attribute());
                    if (cap.appliesTo(track) && value != null) {
                        capCounts.computeIfAbsent(cap, x -> new HashMap<>()).merge(value, 1, Integer::sum);
                    }
                }
                selected++;
                if (envelope != null) {
                    decisions.add(envelope.fund(c, track, rank, size, quota.quota(), own));
                } else if (rank > quota.quota() && lastCap != null) {
                    // ranked below the line, selected because candidates above were skipped: say which cap skipped them
                    decisions.add(new Decision(c.applicationId(), track, rank, size, Decision.Outcome.SELECTED, 0,
                            "calls.selection.selected-past-cap", List.of(rank, size, track, quota.quota(), skipped, lastCap.get(0),
                                    lastCap.get(1), lastCap.get(2)), own));
                } else {
                    decisions.add(new Decision(c.applicationId(), track, rank, size, Decision.Outcome.SELECTED, 0,
                            "calls.selection.selected", List.of(rank, size, track, quota.quota()), own));
                }
            }
        }
        return new SelectionResult(decisions, ties);
    }

    /**
     * The call's one envelope as candidates are funded in rank order: what remains, whether funding stopped (a
     * candidate did not fit and the rules do not skip to the next that fits), and how many were passed over.
     */
    private static final class Envelope {

        private final SelectionRules.Budget budget;
        private Money remaining;
        private int passedOver;
        private Integer stoppedAtRank;
        private String stoppedInTrack;

        Envelope(SelectionRules.Budget budget, List<Candidate> candidates) {
            this.budget = budget;
            this.remaining = budget.envelope();
            for (Candidate c : candidates) {
                if (c.requested() == null || !c.requested().currency().equals(budget.envelope().currency()) || c.requested().isNegative()) {
                    // the runner refuses these with a message before running; the core never compares across currencies
                    throw new IllegalArgumentException("requested amount missing, negative or in another currency: " + c.applicationId());
                }
            }
        }

        boolean fits(Candidate c) {
            return stoppedAtRank == null && c.requested().compareTo(remaining) <= 0;
        }

        /** Not funded: it does not fit what remains (and funding stops here unless skipToFit), or funding stopped above it. */
        Decision notFunded(Candidate c, String track, int rank, int size, int waitlist, List<TieRecord> ties) {
            if (stoppedAtRank != null) {
                return new Decision(c.applicationId(), track, rank, size, Decision.Outcome.OVER_BUDGET, waitlist, "calls.selection.budget-stopped",
                        List.of(rank, size, track, plain(c.requested()), c.requested().currency(), stoppedAtRank, stoppedInTrack), ties);
            }
            passedOver++;
            if (!budget.skipToFit()) {
                stoppedAtRank = rank;
                stoppedInTrack = track;
            }
            return new Decision(c.applicationId(), track, rank, size, Decision.Outcome.OVER_BUDGET, waitlist,
                    budget.skipToFit() ? "calls.selection.over-budget" : "calls.selection.over-budget-stop",
                    List.of(rank, size, track, plain(c.requested()), c.requested().currency(), plain(remaining)), ties);
        }

        Decision fund(Candidate c, String track, int rank, int size, int quota, List<TieRecord> ties) {
            remaining = remaining.minus(c.requested());
            List<Object> args = new ArrayList<>(List.of(rank, size, track, quota, plain(c.requested()), c.requested().currency(),
                    plain(remaining)));
            String key = "calls.selection.funded";
            if (passedOver > 0) {
                args.add(passedOver);
                key = "calls.selection.funded-to-fit";
            }
            return new Decision(c.applicationId(), track, rank, size, Decision.Outcome.SELECTED, 0, key, args, ties, c.requested());
        }

        private static String plain(Money money) {
            return money.amount().toPlainString();
        }
    }

    private static SelectionRules.Cap fullCap(List<SelectionRules.Cap> caps,
            Map<SelectionRules.Cap, Map<String, Integer>> counts, Candidate c) {
        for (SelectionRules.Cap cap : caps) {
            String value = c.attributes().get(cap.attribute());
            if (cap.appliesTo(c.track()) && value != null
                    && counts.getOrDefault(cap, Map.of()).getOrDefault(value, 0) >= cap.maxCount()) {
                return cap;
            }
        }
        return null;
    }

    static long scoreKey(double score) {
        return Math.round(score * 1e9);
    }

    /** Best first: score, then each rule, then application id. */
    static Comparator<Candidate> ranking(List<SelectionRules.TieBreak> rules) {
        Comparator<Candidate> order = Comparator.comparingLong((Candidate c) -> scoreKey(c.score())).reversed();
        for (SelectionRules.TieBreak rule : rules) {
            order = order.thenComparing((x, y) -> compare(rule, x, y));
        }
        return order.thenComparing(Candidate::applicationId);
    }

    /** Negative when x goes first under this rule. */
    private static int compare(SelectionRules.TieBreak rule, Candidate x, Candidate y) {
        if (rule.kind() == SelectionRules.TieBreak.Kind.LOT) {
            return Long.compare(lot(rule.seed(), x.applicationId()), lot(rule.seed(), y.applicationId()));
        }
        Double a = x.tieBreakValues().get(rule.attribute());
        Double b = y.tieBreakValues().get(rule.attribute());
        if (a == null || b == null) {
            return a == null && b == null ? 0 : a == null ? 1 : -1; // missing values last
        }
        return rule.ascending() ? exact(a).compareTo(exact(b)) : exact(b).compareTo(exact(a));
    }

    /**
     * A tie-break value as the decimal it stands for: the shortest decimal of the double, rounded to nine places
     * (as scores are), so that 7.675000000000001 left by floating-point sums and 7.675 are equal and shown alike.
     */
    static BigDecimal exact(double value) {
        return BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** A reproducible draw: SplitMix64 of the seed and the id, the same on every machine. */
    static long lot(long seed, UUID id) {
        long z = seed ^ id.getMostSignificantBits() * 0x9E3779B97F4A7C15L ^ id.getLeastSignificantBits();
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** What the tie text shows: the exact decimal compared, or for a lot its recorded seed (the draw follows from it). */
    private static Object valueOf(SelectionRules.TieBreak rule, Candidate c) {
        if (rule.kind() == SelectionRules.TieBreak.Kind.LOT) {
            return rule.seed();
        }
        Double value = c.tieBreakValues().get(rule.attribute());
        return value == null ? null : exact(value).toPlainString();
    }

    private static Map<UUID, List<TieRecord>> recordTies(String track, List<Candidate> ranked,
            List<SelectionRules.TieBreak> rules, List<TieRecord> all) {
        Map<UUID, List<TieRecord>> byCandidate = new HashMap<>();
        for (int i = 1; i < ranked.size(); i++) {
            Candidate ahead = ranked.get(i - 1);
            Candidate behind = ranked.get(i);
            if (scoreKey(ahead.score()) != scoreKey(behind.score())) {
                continue;
            }
            TieRecord record = null;
            for (SelectionRules.TieBreak rule : rules) {
                if (compare(rule, ahead, behind) != 0) {
                    record = new TieRecord(track, ahead.applicationId(), behind.applicationId(), ahead.score(),
                            rule.name(), valueOf(rule, ahead), valueOf(rule, behind));
                    break;
                }
            }
            if (record == null) {
                record = new TieRecord(track, ahead.applicationId(), behind.applicationId(), ahead.score(),
                        SelectionRules.TieBreak.APPLICATION_ID, ahead.applicationId(), behind.applicationId());
            }
            all.add(record);
            byCandidate.computeIfAbsent(ahead.applicationId(), x -> new ArrayList<>()).add(record);
            byCandidate.computeIfAbsent(behind.applicationId(), x -> new ArrayList<>()).add(record);
        }
        return byCandidate;
    }
}
