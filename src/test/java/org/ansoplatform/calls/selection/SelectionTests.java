package org.ansoplatform.calls.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SelectionTests {

    static Candidate candidate(int id, String track, double score, String country, Double research) {
        return new Candidate(new UUID(0, id), track, score, Map.of("country", country),
                research == null ? Map.of() : Map.of("research", research));
    }

    @Test
    void explainsRankAndQuotaLine() {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 1; i <= 2950; i++) {
            candidates.add(candidate(i, "PHD", 10000 - i, "CN", null));
        }
        SelectionResult result = Selection.select(candidates,
                new SelectionRules(List.of(new SelectionRules.TrackQuota("PHD", 300)), List.of(), List.of()));

        Decision d = result.byApplication().get(new UUID(0, 342));
        assertThat(d.outcome()).isEqualTo(Decision.Outcome.NOT_SELECTED);
        assertThat(d.messageKey()).isEqualTo("calls.selection.below-line");
        assertThat(d.args()).containsExactly(342, 2950, "PHD", 300);
        assertThat(d.waitlistPosition()).isEqualTo(42);
        assertThat(result.selected("PHD")).hasSize(300);
        assertThat(result.byApplication().get(new UUID(0, 300)).messageKey()).isEqualTo("calls.selection.selected");
    }

    @Test
    void recordsTheRuleThatBrokeEachTie() {
        List<Candidate> candidates = List.of(candidate(1, "PHD", 8, "CN", 2.0), candidate(2, "PHD", 8, "CN", 3.0),
                candidate(3, "PHD", 8, "CN", 3.0), candidate(4, "PHD", 7, "CN", 3.0));
        SelectionRules rules = new SelectionRules(List.of(new SelectionRules.TrackQuota("PHD", 2)), List.of(),
                List.of(SelectionRules.TieBreak.higher("research")));
        SelectionResult result = Selection.select(candidates, rules);

        assertThat(result.decisions()).extracting(Decision::applicationId)
                .containsExactly(new UUID(0, 2), new UUID(0, 3), new UUID(0, 1), new UUID(0, 4));
        assertThat(result.ties()).extracting(TieRecord::rule)
                .containsExactly(SelectionRules.TieBreak.APPLICATION_ID, "research");
        assertThat(result.ties().get(1)).isEqualTo(new TieRecord("PHD", new UUID(0, 3), new UUID(0, 1), 8.0,
                "research", "3", "2"));
        assertThat(result.byApplication().get(new UUID(0, 1)).ties()).hasSize(1);
    }

    @Test
    void aFullCapSkipsToTheNextCandidateAndSaysWhy() {
        List<Candidate> candidates = List.of(candidate(1, "PHD", 9, "CN", null), candidate(2, "PHD", 8, "CN", null),
                candidate(3, "PHD", 7, "PK", null), candidate(4, "PHD", 6, "TH", null));
        SelectionRules.TrackQuota phd = new SelectionRules.TrackQuota("PHD", 2);
        SelectionResult result = Selection.select(candidates,
                new SelectionRules(List.of(phd), List.of(SelectionRules.Cap.share("country", phd, 0.5)), List.of()));

        assertThat(result.selected("PHD")).containsExactly(new UUID(0, 1), new UUID(0, 3));
        Decision capped = result.byApplication().get(new UUID(0, 2));
        assertThat(capped.outcome()).isEqualTo(Decision.Outcome.CAPPED);
        assertThat(capped.args()).containsExactly(2, 4, "PHD", "country", "CN", 1);
        // candidate 3 is ranked below the line of 2 and selected: its explanation names the cap that skipped the one above
        Decision pastTheLine = result.byApplication().get(new UUID(0, 3));
        assertThat(pastTheLine.messageKey()).isEqualTo("calls.selection.selected-past-cap");
        assertThat(pastTheLine.args()).containsExactly(3, 4, "PHD", 2, 1, "country", "CN", 1);
        assertThat(result.byApplication().get(new UUID(0, 4)).outcome()).isEqualTo(Decision.Outcome.NOT_SELECTED);
    }

    @Test
    void lotsAreReproducible() {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            candidates.add(candidate(i, "PHD", 5, "CN", null));
        }
        SelectionRules rules = new SelectionRules(List.of(new SelectionRules.TrackQuota("PHD", 5)), List.of(),
                List.of(SelectionRules.TieBreak.lot(2026)));
        SelectionResult first = Selection.select(candidates, rules);

        assertThat(Selection.select(candidates, rules)).isEqualTo(first);
        assertThat(first.ties()).hasSize(19).allSatisfy(t -> assertThat(t.rule()).isEqualTo("lot"));
        assertThat(first.selected("PHD")).isNotEqualTo(candidates.subList(0, 5).stream()
                .map(Candidate::applicationId).toList());
    }

    @Test
    void tieBreakValuesAreComparedAsTheDecimalsTheyStandFor() {
        // (7.45 + 7.9) / 2 is 7.675000000000001 in doubles: the same raw mean as 7.675, so the next rule decides
        List<Candidate> candidates = List.of(
                new Candidate(new UUID(0, 1), "PHD", 8, Map.of(), Map.of("rawMean", (7.45 + 7.9) / 2, "reviews", 2.0)),
                new Candidate(new UUID(0, 2), "PHD", 8, Map.of(), Map.of("rawMean", 7.675, "reviews", 3.0)));
        SelectionRules rules = new SelectionRules(List.of(new SelectionRules.TrackQuota("PHD", 1)), List.of(),
                List.of(SelectionRules.TieBreak.higher("rawMean"), SelectionRules.TieBreak.higher("reviews")));
        SelectionResult result = Selection.select(candidates, rules);

        assertThat(result.selected("PHD")).containsExactly(new UUID(0, 2));
        assertThat(result.ties()).singleElement().satisfies(tie -> {
            assertThat(tie.rule()).isEqualTo("reviews");
            assertThat(tie.aheadValue()).isEqualTo("3");
            assertThat(tie.behindValue()).isEqualTo("2");
        });
    }

    @Test
    void aLotRecordsItsSeedNotTheDraw() {
        List<Candidate> candidates = List.of(candidate(1, "PHD", 5, "CN", null), candidate(2, "PHD", 5, "CN", null));
        SelectionResult result = Selection.select(candidates, new SelectionRules(List.of(new SelectionRules.TrackQuota("PHD", 1)),
                List.of(), List.of(SelectionRules.TieBreak.lot(2026))));

        assertThat(result.ties()).singleElement().satisfies(tie -> {
            assertThat(tie.rule()).isEqualTo("lot");
            assertThat(tie.aheadValue()).isEqualTo(2026L);
            assertThat(tie.behindValue()).isEqualTo(2026L);
        });
    }
}
