package org.ansoplatform.calls.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.ansoplatform.calls.OfferStatus;
import org.ansoplatform.calls.intake.CallSubjectSource;
import org.ansoplatform.review.ReviewOutcomes;
import org.ansoplatform.review.ReviewScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's funnel: started (every application, drafts included), applications (submitted, including withdrawn), eligible, reviewed (with a calibrated
 * score), selected (latest run), offered, accepted (accepted or enrolled) and enrolled; in total and by
 * track, country and nominating organization (for an organization, applications are its nominations).
 */
@Service
public class SelectionStatistics {

    private final SelectionQueries queries;
    private final SelectionStore store;
    private final ReviewOutcomes reviews;

    SelectionStatistics(SelectionQueries queries, SelectionStore store, ReviewOutcomes reviews) {
        this.queries = queries;
        this.store = store;
        this.reviews = reviews;
    }

    public record Counts(long applications, long eligible, long reviewed, long selected, long offered, long accepted, long enrolled) {

        Counts plus(Counts other) {
            return new Counts(applications + other.applications, eligible + other.eligible, reviewed + other.reviewed,
                    selected + other.selected, offered + other.offered, accepted + other.accepted, enrolled + other.enrolled);
        }
    }

    /** @param key a track code, a country code or an organization id; empty when the application has none */
    public record Group(String key, Counts counts) {
    }

    /**
     * @param started          every application begun, drafts and withdrawn ones included
     * @param startedByTrack   the same by track code ("" for a draft that chose none yet)
     */
    public record CallStatistics(Counts total, List<Group> byTrack, List<Group> byCountry, List<Group> byOrganization, long started,
            Map<String, Long> startedByTrack) {

        public long startedIn(String track) {
            return startedByTrack.getOrDefault(track == null ? "" : track, 0L);
        }
    }

    @Transactional(readOnly = true)
    public CallStatistics of(UUID callId) {
        Set<UUID> reviewed = new HashSet<>();
        reviews.outcomes(new ReviewScope(CallSubjectSource.SCOPE, callId)).forEach(outcome -> reviewed.add(outcome.subjectId()));
        UUID runId = store.latestRunId(callId).orElse(null);
        List<SelectionQueries.FunnelLine> lines = queries.funnel(callId, runId);
        Function<SelectionQueries.FunnelLine, Counts> count = line -> new Counts(1, line.eligible() ? 1 : 0,
                line.eligible() && reviewed.contains(line.id()) ? 1 : 0, line.outcome() == Decision.Outcome.SELECTED ? 1 : 0,
                line.offer() != null ? 1 : 0, line.offer() == OfferStatus.ACCEPTED || line.offer() == OfferStatus.ENROLLED ? 1 : 0,
                line.offer() == OfferStatus.ENROLLED ? 1 : 0);
        Counts zero = new Counts(0, 0, 0, 0, 0, 0, 0);
        Counts total = zero;
        Map<String, Counts> tracks = new LinkedHashMap<>();
        Map<String, Counts> countries = new LinkedHashMap<>();
        Map<String, Counts> organizations = new LinkedHashMap<>();
        for (SelectionQueries.FunnelLine line : lines) {
            Counts counts = count.apply(line);
            total = total.plus(counts);
            tracks.merge(line.track() == null ? "" : line.track(), counts, Counts::plus);
            countries.merge(line.country() == null ? "" : line.country(), counts, Counts::plus);
            if (line.organization() != null) {
                organizations.merge(line.organization().toString(), counts, Counts::plus);
            }
        }
        Map<String, Long> started = queries.startedByTrack(callId);
        return new CallStatistics(total, sorted(tracks), sorted(countries), sorted(organizations),
                started.values().stream().mapToLong(Long::longValue).sum(), started);
    }

    private static List<Group> sorted(Map<String, Counts> groups) {
        List<Group> list = new ArrayList<>();
        groups.forEach((key, counts) -> list.add(new Group(key, counts)));
        list.sort(Comparator.comparingLong((Group g) -> -g.counts().applications()).thenComparing(Group::key));
        return list;
    }
}
