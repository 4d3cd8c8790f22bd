package org.ansoplatform.partnerships.technology;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ansoplatform.partnerships.TechnologyKind;
import org.ansoplatform.partnerships.TechnologyQueries;
import org.ansoplatform.partnerships.TechnologyView;
import org.ansoplatform.partnerships.technology.matching.Matchmaking;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Runs the matchmaking core over the published items of the other kind: an offer's requests, a request's offers. */
@Component
@Transactional(readOnly = true)
public class TechnologyMatching {

    /** A candidate that fits, with its score and reasons. */
    public record Suggestion(TechnologyView candidate, Matchmaking.Match match) {
    }

    private final TechnologyQueries queries;

    TechnologyMatching(TechnologyQueries queries) {
        this.queries = queries;
    }

    public List<Suggestion> suggestions(TechnologyView item, int limit) {
        TechnologyKind other = item.kind() == TechnologyKind.OFFER ? TechnologyKind.REQUEST : TechnologyKind.OFFER;
        List<TechnologyView> candidates = queries.published(other).stream()
                .filter(c -> !c.organizationId().equals(item.organizationId())).toList();
        Map<UUID, TechnologyView> byId = candidates.stream().collect(Collectors.toMap(TechnologyView::id, Function.identity()));
        List<Matchmaking.Profile> profiles = candidates.stream().map(TechnologyMatching::profile).toList();
        List<Matchmaking.Match> matches = item.kind() == TechnologyKind.OFFER
                ? Matchmaking.requestsFor(profile(item), profiles) : Matchmaking.offersFor(profile(item), profiles);
        return matches.stream().limit(limit).map(m -> new Suggestion(byId.get(m.id()), m)).toList();
    }

    public static Matchmaking.Profile profile(TechnologyView t) {
        return new Matchmaking.Profile(t.id(), t.sectors().stream().map(Enum::name).collect(Collectors.toSet()),
                Set.copyOf(t.sdgs()), Set.copyOf(t.countries()), t.trl(),
                t.models().stream().map(Enum::name).collect(Collectors.toSet()));
    }

}
