package org.ansoplatform.calls.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Laws of ranking and selection on random candidates and rules. */
class SelectionPropertyTests {

    static final String[] TRACKS = {"PHD", "MASTER", "FELLOW"};
    static final String[] COUNTRIES = {"CN", "PK", "TH", "KE", "BR"};

    record Instance(List<Candidate> candidates, SelectionRules rules) {
    }

    static Instance instance(long seed) {
        Random random = new Random(seed);
        List<Candidate> candidates = new ArrayList<>();
        int count = random.nextInt(80);
        for (int i = 0; i < count; i++) {
            Map<String, String> attributes = new HashMap<>();
            if (random.nextInt(10) > 0) {
                attributes.put("country", COUNTRIES[random.nextInt(COUNTRIES.length)]);
            }
            attributes.put("organization", "org" + random.nextInt(3));
            Map<String, Double> values = new HashMap<>();
            if (random.nextBoolean()) {
                values.put("research", (double) random.nextInt(3));
            }
            // coarse scores make ties common
            candidates.add(new Candidate(new UUID(random.nextLong(), i), TRACKS[random.nextInt(TRACKS.length)],
                    random.nextInt(8) / 2.0, attributes, values));
        }
        List<SelectionRules.TrackQuota> tracks = new ArrayList<>();
        for (String track : List.of(TRACKS[0], TRACKS[1])) {
            tracks.add(new SelectionRules.TrackQuota(track, random.nextInt(25)));
        }
        List<SelectionRules.Cap> caps = new ArrayList<>();
        if (random.nextBoolean()) {
            caps.add(SelectionRules.Cap.share("country", tracks.get(0), 0.1 + random.nextDouble() * 0.4));
        }
        if (random.nextBoolean()) {
            caps.add(new SelectionRules.Cap("organization", null, random.nextInt(10)));
        }
        List<SelectionRules.TieBreak> tieBreaks = new ArrayList<>();
        if (random.nextBoolean()) {
            tieBreaks.add(SelectionRules.TieBreak.higher("research"));
        }
        if (random.nextBoolean()) {
            tieBreaks.add(SelectionRules.TieBreak.lot(random.nextLong()));
        }
        return new Instance(candidates, new SelectionRules(tracks, caps, tieBreaks));
    }

    @Property(tries = 300)
    void quotasAndCapsAreNeverExceeded(@ForAll long seed) {
        Instance instance = instance(seed);
        SelectionResult result = Selection.select(instance.candidates(), instance.rules());
        Map<UUID, Candidate> byId = new HashMap<>();
        instance.candidates().forEach(c -> byId.put(c.applicationId(), c));

        for (SelectionRules.TrackQuota quota : instance.rules().tracks()) {
            assertThat(result.selected(quota.track())).hasSizeLessThanOrEqualTo(quota.quota());
        }
        for (SelectionRules.Cap cap : instance.rules().caps()) {
            Map<String, Integer> counts = new HashMap<>();
            result.decisions().stream().filter(d -> d.outcome() == Decision.Outcome.SELECTED)
                    .map(d -> byId.get(d.applicationId()))
                    .filter(c -> cap.track() == null || cap.track().equals(c.track()))
                    .map(c -> c.attributes().get(cap.attribute())).filter(v -> v != null)
                    .forEach(v -> counts.merge(v, 1, Integer::sum));
            assertThat(counts.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(cap.maxCount()));
        }
        assertThat(result.decisions()).hasSize(instance.candidates().size());
    }

    @Property(tries = 300)
    void theSameDataInAnyOrderGivesTheSameResult(@ForAll long seed) {
        Instance instance = instance(seed);
        List<Candidate> shuffled = new ArrayList<>(instance.candidates());
        Collections.shuffle(shuffled, new Random(seed + 1));

        assertThat(Selection.select(shuffled, instance.rules()))
                .isEqualTo(Selection.select(instance.candidates(), instance.rules()));
    }

    @Property(tries = 300)
    void selectionFollowsTheRankingAndOnlyCapsSkipSomeone(@ForAll long seed) {
        Instance instance = instance(seed);
        SelectionResult result = Selection.select(instance.candidates(), instance.rules());
        Map<UUID, Candidate> byId = new HashMap<>();
        instance.candidates().forEach(c -> byId.put(c.applicationId(), c));

        for (SelectionRules.TrackQuota quota : instance.rules().tracks()) {
            List<Decision> track = result.decisions().stream().filter(d -> d.track().equals(quota.track())).toList();
            int selected = result.selected(quota.track()).size();
            for (int i = 0; i < track.size(); i++) {
                Decision d = track.get(i);
                assertThat(d.rank()).isEqualTo(i + 1);
                if (i > 0) {
                    assertThat(byId.get(d.applicationId()).score())
                            .isLessThanOrEqualTo(byId.get(track.get(i - 1).applicationId()).score());
                }
                if (d.outcome() == Decision.Outcome.NOT_SELECTED) {
                    // below the line only once the quota is full, and then everyone after is too
                    assertThat(selected).isEqualTo(quota.quota());
                    assertThat(track.subList(i, track.size()))
                            .noneMatch(x -> x.outcome() == Decision.Outcome.SELECTED);
                }
            }
        }
        for (TieRecord tie : result.ties()) {
            assertThat(Selection.scoreKey(byId.get(tie.ahead()).score()))
                    .isEqualTo(Selection.scoreKey(byId.get(tie.behind()).score()));
            List<String> rules = new ArrayList<>(instance.rules().tieBreaks().stream()
                    .map(SelectionRules.TieBreak::name).toList());
            rules.add(SelectionRules.TieBreak.APPLICATION_ID);
            assertThat(tie.rule()).isIn(rules);
            if (!tie.rule().equals("lot")) {
                assertThat(tie.aheadValue()).isNotEqualTo(tie.behindValue()); // a lot records its seed, the same for both
            }
        }
    }
}
