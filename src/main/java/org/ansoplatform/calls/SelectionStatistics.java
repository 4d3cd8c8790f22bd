package org.ansoplatform.calls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.ansoplatform.review.ReviewOutcomes;
import org.ansoplatform.review.ReviewScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's funnel: applications (submitted, including withdrawn), eligible, reviewed (with a calibrated
 * score), selected (latest run), offered, accepted (accepted or enrolled) and enrolled; in total and by
 * track, country and nominating organization (for an organization, applications are its nominations).
 */
@Service
public class SelectionStatistics {

    private final JdbcClient jdbc;
    private final ReviewOutcomes reviews;
    private final Selections selections;

    SelectionStatistics(JdbcClient jdbc, ReviewOutcomes reviews, Selections selections) {
        this.jdbc = jdbc;
        this.reviews = reviews;
        this.selections = selections;
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

    public record CallStatistics(Counts total, List<Group> byTrack, List<Group> byCountry, List<Group> byOrganization) {
    }

    private record Line(UUID id, String track, String country, UUID organization, boolean eligible, String outcome, String offer) {
    }

    @Transactional(readOnly = true)
    public CallStatistics of(UUID callId) {
        Set<UUID> reviewed = new HashSet<>();
        reviews.outcomes(new ReviewScope(Selections.SCOPE_TYPE, callId)).forEach(outcome -> reviewed.add(outcome.subjectId()));
        UUID runId = selections.latestRunId(callId).orElse(null);
        List<Line> lines = jdbc.sql("""
                select a.id, a.track_code, a.country, n.organization_id,
                    a.status = 'SUBMITTED' and coalesce(coalesce(a.override_eligible, a.eligible), false) as eligible,
                    d.outcome, o.status as offer
                from calls.application a
                left join calls.nomination n on n.application_id = a.id and n.withdrawn_at is null
                left join calls.selection_decision d on d.application_id = a.id and d.run_id = ?
                left join calls.offer o on o.application_id = a.id
                where a.call_id = ? and a.status <> 'DRAFT'""").params(runId, callId)
                .query((rs, n) -> new Line(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class),
                        rs.getBoolean(5), rs.getString(6), rs.getString(7)))
                .list();
        Function<Line, Counts> count = line -> new Counts(1, line.eligible() ? 1 : 0,
                line.eligible() && reviewed.contains(line.id()) ? 1 : 0, "SELECTED".equals(line.outcome()) ? 1 : 0,
                line.offer() != null ? 1 : 0, Offers.ACCEPTED.equals(line.offer()) || Offers.ENROLLED.equals(line.offer()) ? 1 : 0,
                Offers.ENROLLED.equals(line.offer()) ? 1 : 0);
        Counts zero = new Counts(0, 0, 0, 0, 0, 0, 0);
        Counts total = zero;
        Map<String, Counts> tracks = new LinkedHashMap<>();
        Map<String, Counts> countries = new LinkedHashMap<>();
        Map<String, Counts> organizations = new LinkedHashMap<>();
        for (Line line : lines) {
            Counts counts = count.apply(line);
            total = total.plus(counts);
            tracks.merge(line.track() == null ? "" : line.track(), counts, Counts::plus);
            countries.merge(line.country() == null ? "" : line.country(), counts, Counts::plus);
            if (line.organization() != null) {
                organizations.merge(line.organization().toString(), counts, Counts::plus);
            }
        }
        return new CallStatistics(total, sorted(tracks), sorted(countries), sorted(organizations));
    }

    private static List<Group> sorted(Map<String, Counts> groups) {
        List<Group> list = new ArrayList<>();
        groups.forEach((key, counts) -> list.add(new Group(key, counts)));
        list.sort(Comparator.comparingLong((Group g) -> -g.counts().applications()).thenComparing(Group::key));
        return list;
    }
}
