package org.ansoplatform.partnerships.technology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.ansoplatform.partnerships.technology.matching.Matchmaking;
import org.ansoplatform.partnerships.technology.matching.Matchmaking.Kind;
import org.ansoplatform.partnerships.technology.matching.Matchmaking.Profile;
import org.junit.jupiter.api.Test;

class MatchmakingTests {

    static Profile profile(int n, Set<String> sectors, Set<Integer> sdgs, Set<String> countries, int trl, Set<String> models) {
        return new Profile(new UUID(0, n), sectors, sdgs, countries, trl, models);
    }

    @Test
    void offersFitARequestBySectorAndReadinessAndRankByTheirReasons() {
        Profile request = profile(1, Set.of("AGRICULTURE_FOOD"), Set.of(2, 13), Set.of("TH"), 6, Set.of("LICENCE"));
        Profile best = profile(2, Set.of("AGRICULTURE_FOOD", "BIOTECHNOLOGY"), Set.of(2, 13), Set.of("TH", "VN"), 8, Set.of("LICENCE"));
        Profile worldwide = profile(3, Set.of("AGRICULTURE_FOOD"), Set.of(), Set.of(), 6, Set.of());
        Profile tooEarly = profile(4, Set.of("AGRICULTURE_FOOD"), Set.of(2), Set.of("TH"), 5, Set.of("LICENCE"));
        Profile otherSector = profile(5, Set.of("ENERGY"), Set.of(2, 13), Set.of("TH"), 9, Set.of("LICENCE"));

        List<Matchmaking.Match> matches = Matchmaking.offersFor(request, List.of(worldwide, tooEarly, otherSector, best));

        assertThat(matches).extracting(Matchmaking.Match::id).containsExactly(best.id(), worldwide.id());
        assertThat(matches.get(0).score()).isEqualTo(40 + 20 + 20 + 20 + 10);
        assertThat(matches.get(0).reasons()).extracting(Matchmaking.Reason::kind)
                .containsExactly(Kind.SECTOR, Kind.TRL, Kind.SDG, Kind.COUNTRY, Kind.MODEL);
        assertThat(matches.get(0).reasons().get(2).shared()).containsExactly("2", "13");
        assertThat(matches.get(0).reasons().get(1).shared()).containsExactly("8", "6");
        assertThat(matches.get(1).score()).isEqualTo(40 + 20 + 10);
        assertThat(matches.get(1).reasons()).extracting(Matchmaking.Reason::kind).containsExactly(Kind.SECTOR, Kind.TRL, Kind.ANY_COUNTRY);
    }

    @Test
    void requestsAnOfferFitsAreTheSameFitsSeenFromTheOffer() {
        Profile offer = profile(10, Set.of("ENVIRONMENT_WATER"), Set.of(6), Set.of("KG"), 7, Set.of());
        Profile fits = profile(11, Set.of("ENVIRONMENT_WATER"), Set.of(6), Set.of("KG"), 7, Set.of());
        Profile wantsMore = profile(12, Set.of("ENVIRONMENT_WATER"), Set.of(6), Set.of("KG"), 8, Set.of());
        assertThat(Matchmaking.requestsFor(offer, List.of(fits, wantsMore))).extracting(Matchmaking.Match::id).containsExactly(fits.id());
    }

    @Property(tries = 200)
    void everyMatchSharesASectorIsReadyEnoughAndScoresTheSumOfItsReasons(@ForAll("profiles") Profile request,
            @ForAll("candidates") List<Profile> offers) {
        for (Matchmaking.Match match : Matchmaking.offersFor(request, offers)) {
            Profile offer = offers.stream().filter(o -> o.id().equals(match.id())).findFirst().orElseThrow();
            assertThat(offer.trl()).isGreaterThanOrEqualTo(request.trl());
            assertThat(Collections.disjoint(offer.sectors(), request.sectors())).isFalse();
            assertThat(match.score()).isEqualTo(match.reasons().stream().mapToInt(Matchmaking.Reason::points).sum());
            assertThat(match.score()).isBetween(60, 40 + 20 + 30 + 20 + 10);
        }
    }

    @Property(tries = 200)
    void theRankingDoesNotDependOnTheCandidatesOrder(@ForAll("profiles") Profile request, @ForAll("candidates") List<Profile> offers) {
        List<Profile> reversed = new ArrayList<>(offers);
        Collections.reverse(reversed);
        assertThat(Matchmaking.offersFor(request, reversed)).isEqualTo(Matchmaking.offersFor(request, offers));
        List<Matchmaking.Match> ranked = Matchmaking.offersFor(request, offers);
        for (int i = 1; i < ranked.size(); i++) {
            assertThat(ranked.get(i - 1).score()).isGreaterThanOrEqualTo(ranked.get(i).score());
        }
    }

    @Provide
    Arbitrary<Profile> profiles() {
        return profile(Arbitraries.integers().between(1, 100000));
    }

    @Provide
    Arbitrary<List<Profile>> candidates() {
        return profile(Arbitraries.integers().between(100001, 1000000)).list().ofMaxSize(12)
                .uniqueElements(Profile::id);
    }

    private static Arbitrary<Profile> profile(Arbitrary<Integer> ids) {
        Arbitrary<Set<String>> sectors = Arbitraries.of("AGRICULTURE_FOOD", "ENERGY", "HEALTH_MEDICINE", "ENVIRONMENT_WATER")
                .set().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Set<Integer>> sdgs = Arbitraries.integers().between(1, 17).set().ofMaxSize(5);
        Arbitrary<Set<String>> countries = Arbitraries.of("CN", "TH", "KG", "PK").set().ofMaxSize(3);
        Arbitrary<Set<String>> models = Arbitraries.of("LICENCE", "COOPERATION").set().ofMaxSize(2);
        return Combinators.combine(ids, sectors, sdgs, countries, Arbitraries.integers().between(1, 9), models)
                .as((id, s, g, c, trl, m) -> new Profile(new UUID(0, id), s, g, c, trl, m));
    }
}
