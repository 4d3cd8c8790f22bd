package org.ansoplatform.meetings;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.meetings.registration.RegistrationStore;
import org.ansoplatform.platform.LinkSecrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of registrations: by id, by the participant's secret link, a meeting's list in order of arrival. */
@Service
@Transactional(readOnly = true)
public class RegistrationQueries {

    private static final String SELECT = "select " + RegistrationStore.COLUMNS + " from meetings.registration r ";

    private final JdbcClient jdbc;

    RegistrationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RegistrationView> byId(UUID id) {
        return jdbc.sql(SELECT + "where r.id = :id").param("id", id).param("waiting", RegistrationStatus.WAITING.name())
                .query(RegistrationStore::view).optional();
    }

    /** The registration the secret of an emailed link names. */
    public Optional<RegistrationView> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + "where r.token_hash = :hash").param("hash", LinkSecrets.hash(token.strip()))
                .param("waiting", RegistrationStatus.WAITING.name())
                .query(RegistrationStore::view).optional();
    }

    /** Every registration of a meeting in order of arrival. */
    public List<RegistrationView> ofMeeting(UUID meetingId) {
        return jdbc.sql(SELECT + "where r.meeting_id = :meeting order by r.arrival").param("meeting", meetingId)
                .param("waiting", RegistrationStatus.WAITING.name())
                .query(RegistrationStore::view).list();
    }

    /**
     * What the Secretariat looks for among a meeting's registrations; every part optional. {@code q} matches a
     * name, email or organization anywhere, in any case; {@code question} and {@code option} keep those who chose
     * that option of that choice or checkboxes question (by its position and the option's key).
     */
    public record Filter(String q, RegistrationStatus status, String country, Boolean attended, Integer question,
            String option) {

        public Filter(String q, RegistrationStatus status, String country, Boolean attended) {
            this(q, status, country, attended, null, null);
        }

        public static Filter none() {
            return new Filter(null, null, null, null);
        }

        public Filter {
            q = q == null || q.isBlank() ? null : q.strip();
            country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
            if (question == null || question < 0 || option == null || option.isBlank()) {
                question = null;
                option = null;
            }
        }
    }

    private static final String FILTERED = """
            where r.meeting_id = :meeting
              and (cast(:q as varchar) is null or lower(r.name) like :like or lower(r.email) like :like
                   or lower(coalesce(r.organization, '')) like :like)
              and (cast(:status as varchar) is null or r.status = :status)
              and (cast(:country as varchar) is null or r.country = :country)
              and (cast(:attended as boolean) is null or r.attended = :attended)
              and (cast(:question as integer) is null
                   or strpos(',' || coalesce(r.answers ->> cast(:question as integer), '') || ',', ',' || :option || ',') > 0)
            """;

    /** One page of a meeting's registrations that match, in order of arrival. */
    public org.ansoplatform.shared.PageResult<RegistrationView> search(UUID meetingId, Filter filter,
            org.ansoplatform.shared.PageRequest page) {
        long total = filtered(jdbc.sql("select count(*) from meetings.registration r " + FILTERED), meetingId, filter)
                .query(Long.class).single();
        List<RegistrationView> items = filtered(jdbc.sql(SELECT + FILTERED + " order by r.arrival limit :limit offset :offset"),
                meetingId, filter).param("limit", page.size()).param("offset", page.offset())
                .query(RegistrationStore::view).list();
        return new org.ansoplatform.shared.PageResult<>(items, page.page(), page.size(), total);
    }

    /** Every registration of a meeting that matches, in order of arrival (exports). */
    public List<RegistrationView> matching(UUID meetingId, Filter filter) {
        return filtered(jdbc.sql(SELECT + FILTERED + " order by r.arrival"), meetingId, filter)
                .query(RegistrationStore::view).list();
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec sql, UUID meetingId, Filter filter) {
        Filter f = filter == null ? Filter.none() : filter;
        return sql.param("meeting", meetingId).param("q", f.q())
                .param("like", f.q() == null ? null
                        : "%" + org.ansoplatform.platform.SqlText.escapeLike(f.q().toLowerCase(java.util.Locale.ROOT)) + "%")
                .param("status", f.status() == null ? null : f.status().name())
                .param("country", f.country()).param("attended", f.attended())
                .param("question", f.question()).param("option", f.option())
                .param("waiting", RegistrationStatus.WAITING.name());
    }

    /** A signed-in person's active registration for a meeting, if any. */
    public Optional<RegistrationView> activeOf(UUID meetingId, UUID personId) {
        if (personId == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + """
                where r.meeting_id = :meeting and r.person_id = :person and r.status in (:active)
                order by r.arrival desc limit 1""")
                .param("meeting", meetingId).param("person", personId)
                .param("active", RegistrationStatus.activeNames())
                .param("waiting", RegistrationStatus.WAITING.name())
                .query(RegistrationStore::view).optional();
    }

    /** The meeting's online link, for a confirmed registration only. */
    public Optional<String> onlineLink(RegistrationView registration) {
        if (registration.status() != RegistrationStatus.CONFIRMED) {
            return Optional.empty();
        }
        return jdbc.sql("select online_link from meetings.meeting where id = :id").param("id", registration.meetingId())
                .query(String.class).optional().filter(link -> link != null && !link.isBlank());
    }
}
