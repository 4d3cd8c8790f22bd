package org.ansoplatform.calls.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.ansoplatform.shared.Money;

/** Laws of selection under a budget envelope, on random proposals, amounts, quotas, caps and envelopes. */
class BudgetSelectionPropertyTests {

    static final String[] TRACKS = {"RESEARCH", "TRAINING"};

    record Instance(List<Candidate> candidates, SelectionRules rules) {
    }

    static Instance instance(long seed, boolean skipToFit) {
        Random random = new Random(seed);
        List<Candidate> candidates = new ArrayList<>();
        int count = random.nextInt(60);
        long total = 0;
        for (int i = 0; i < count; i++) {
            // whole thousands and a few cents, so that some amounts are equal and some fit exactly
            long cents = (10_000L + random.nextInt(300) * 1_000L) * 100 + (random.nextInt(4) == 0 ? random.nextInt(100) : 0);
            total += cents;
            Map<String, String> attributes = new HashMap<>();
            attributes.put("country", "C" + random.nextInt(4));
            candidates.add(new Candidate(new UUID(random.nextLong(), i), TRACKS[random.nextInt(TRACKS.length)], random.nextInt(10) / 2.0,
                    attributes, Map.of(), new Money(BigDecimal.valueOf(cents, 2), "USD")));
        }
        List<SelectionRules.TrackQuota> tracks = List.of(new SelectionRules.TrackQuota(TRACKS[0], random.nextInt(40)),
                new SelectionRules.TrackQuota(TRACKS[1], random.nextInt(40)));
        List<SelectionRules.Cap> caps = random.nextBoolean() ? List.of(new SelectionRules.Cap("country", null, 1 + random.nextInt(8))) : List.of();
        long envelope = total == 0 ? random.nextInt(1_000_000) : (long) (random.nextDouble() * total);
        List<SelectionRules.TieBreak> ties = random.nextBoolean() ? List.of(SelectionRules.TieBreak.lot(random.nextLong())) : List.of();
        return new Instance(candidates, new SelectionRules(tracks, caps, ties,
                new SelectionRules.Budget(new Money(BigDecimal.valueOf(envelope, 2), "USD"), skipToFit)));
    }

    private static Money granted(SelectionResult result) {
        return result.decisions().stream().map(Decision::granted).filter(g -> g != null).reduce(Money.zero("USD"), Money::plus);
    }

    @Property(tries = 300)
    void theFundedNeverExceedTheEnvelope(@ForAll long seed, @ForAll boolean skipToFit) {
        Instance instance = instance(seed, skipToFit);
        SelectionResult result = Selection.select(instance.candidates(), instance.rules());

        assertThat(granted(result).compareTo(instance.rules().budget().envelope())).isLessThanOrEqualTo(0);
        Map<UUID, Candidate> byId = new HashMap<>();
        instance.candidates().forEach(c -> byId.put(c.applicationId(), c));
        // every selected proposal is granted exactly what it requested, and nothing else is granted anything
        result.decisions().forEach(d -> assertThat(d.granted())
                .isEqualTo(d.outcome() == Decision.Outcome.SELECTED ? byId.get(d.applicationId()).requested() : null));
    }

    @Property(tries = 200)
    void theDecisionsDoNotDependOnTheOrderOfTheProposals(@ForAll long seed, @ForAll boolean skipToFit) {
        Instance instance = instance(seed, skipToFit);
        List<Candidate> shuffled = new ArrayList<>(instance.candidates());
        Collections.shuffle(shuffled, new Random(seed * 31 + 7));

        assertThat(Selection.select(shuffled, instance.rules()).byApplication())
                .isEqualTo(Selection.select(instance.candidates(), instance.rules()).byApplication());
    }

    @Property(tries = 300)
    void aProposalIsFundedOnlyIfEveryBetterRankedOneThatFitWasFunded(@ForAll long seed, @ForAll boolean skipToFit) {
        Instance instance = instance(seed, skipToFit);
        SelectionResult result = Selection.select(instance.candidates(), instance.rules());
        Map<UUID, Candidate> byId = new HashMap<>();
        instance.candidates().forEach(c -> byId.put(c.applicationId(), c));

        // walking the decisions in the order the envelope was spent (tracks in order, then rank), the remaining amount
        // is what each explanation says, and no funded proposal comes after one passed over that would have fit then
        Money remaining = instance.rules().budget().envelope();
        boolean stopped = false;
        for (Decision d : result.decisions()) {
            Money requested = byId.get(d.applicationId()).requested();
            if (d.outcome() == Decision.Outcome.SELECTED) {
                assertThat(stopped).as("funded after funding stopped").isFalse();
                assertThat(requested.compareTo(remaining)).isLessThanOrEqualTo(0);
                remaining = remaining.minus(requested);
            } else if (d.outcome() == Decision.Outcome.OVER_BUDGET) {
                assertThat(stopped || requested.compareTo(remaining) > 0).as("passed over although it fit").isTrue();
                stopped = stopped || !skipToFit;
            }
        }
    }

    @Property(tries = 300)
    void withSkipToFitNoUnfundedProposalWouldStillFit(@ForAll long seed) {
        Instance instance = instance(seed, true);
        SelectionResult result = Selection.select(instance.candidates(), instance.rules());
        Map<UUID, Candidate> byId = new HashMap<>();
        instance.candidates().forEach(c -> byId.put(c.applicationId(), c));
        Money left = instance.rules().budget().envelope().minus(granted(result));

        result.decisions().stream().filter(d -> d.outcome() == Decision.Outcome.OVER_BUDGET)
                .forEach(d -> assertThat(byId.get(d.applicationId()).requested().compareTo(left)).isGreaterThan(0));
        assertThat(result.decisions()).noneMatch(d -> d.messageKey().equals("calls.selection.budget-stopped"));
    }
}
