package org.ansoplatform.partnerships.technology.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Which published offers fit a request, and which requests fit an offer, each with a score anyone can recompute from
 * its reasons. A fit needs a shared sector and an offer at least as ready as the request requires (TRL); then points:
 * {@value #SECTOR} for the shared sectors, {@value #TRL} for the readiness, {@value #SDG} per shared SDG up to
 * {@value #SDG_MAX}, {@value #COUNTRY} when the offer targets a country of the request ({@value #ANY_COUNTRY} when
 * either names no country), {@value #MODEL} when they seek a model in common. Ties are broken by the candidate's id,
 * so the order never depends on the input's. Pure: no Spring, no SQL.
 */
public final class Matchmaking {

    public static final int SECTOR = 40, TRL = 20, SDG = 10, SDG_MAX = 30, COUNTRY = 20, ANY_COUNTRY = 10, MODEL = 10;

    /** What matching reads of an offer or a request; codes are the enums' names and ISO country codes. */
    public record Profile(UUID id, Set<String> sectors, Set<Integer> sdgs, Set<String> countries, int trl, Set<String> models) {

        public Profile {
            sectors = Set.copyOf(sectors);
            sdgs = Set.copyOf(sdgs);
            countries = Set.copyOf(countries);
            models = Set.copyOf(models);
        }
    }

    /** Why a candidate scored: a reason's code, the codes it shared (sorted), and its points. */
    public record Reason(Kind kind, List<String> shared, int points) {
    }

    public enum Kind {
        SECTOR, TRL, SDG, COUNTRY, ANY_COUNTRY, MODEL
    }

    /** A fitting candidate, its score (the sum of its reasons' points) and the reasons. */
    public record Match(UUID id, int score, List<Reason> reasons) {
    }

    private Matchmaking() {
    }

    /** The offers that fit the request, best first. */
    public static List<Match> offersFor(Profile request, Collection<Profile> offers) {
        return ranked(offers.stream().filter(o -> !o.id().equals(request.id()))
                .map(offer -> score(request, offer, offer.id())).flatMap(Optional::stream).toList());
    }

    /** The requests the offer fits, best first. */
    public static List<Match> requestsFor(Profile offer, Collection<Profile> requests) {
        return ranked(requests.stream().filter(r -> !r.id().equals(offer.id()))
                .map(request -> score(request, offer, request.id())).flatMap(Optional::stream).toList());
    }

    /** The fit of an offer to a request, named by {@code candidate}; empty when it does not fit. */
    public static Optional<Match> score(Profile request, Profile offer, UUID candidate) {
        List<String> sectors = shared(request.sectors(), offer.sectors());
        if (sectors.isEmpty() || offer.trl() < request.trl()) {
            return Optional.empty();
        }
        List<Reason> reasons = new ArrayList<>();
        reasons.add(new Reason(Kind.SECTOR, sectors, SECTOR));
        reasons.add(new Reason(Kind.TRL, List.of(String.valueOf(offer.trl()), String.valueOf(request.trl())), TRL));
        List<String> goals = shared(request.sdgs().stream().map(String::valueOf).toList(),
                offer.sdgs().stream().map(String::valueOf).toList());
        if (!goals.isEmpty()) {
            goals = goals.stream().sorted(Comparator.comparingInt(Integer::parseInt)).toList();
            reasons.add(new Reason(Kind.SDG, goals, Math.min(SDG_MAX, SDG * goals.size())));
        }
        if (request.countries().isEmpty() || offer.countries().isEmpty()) {
            reasons.add(new Reason(Kind.ANY_COUNTRY, List.of(), ANY_COUNTRY));
        } else {
            List<String> countries = shared(request.countries(), offer.countries());
            if (!countries.isEmpty()) {
                reasons.add(new Reason(Kind.COUNTRY, countries, COUNTRY));
            }
        }
        List<String> models = shared(request.models(), offer.models());
        if (!models.isEmpty()) {
            reasons.add(new Reason(Kind.MODEL, models, MODEL));
        }
        return Optional.of(new Match(candidate, reasons.stream().mapToInt(Reason::points).sum(), List.copyOf(reasons)));
    }

    private static List<Match> ranked(List<Match> matches) {
        return matches.stream().sorted(Comparator.comparingInt(Match::score).reversed().thenComparing(Match::id)).toList();
    }

    private static List<String> shared(Collection<String> a, Collection<String> b) {
        TreeSet<String> both = new TreeSet<>(a);
        both.retainAll(Set.copyOf(b));
        return List.copyOf(both);
    }
}
