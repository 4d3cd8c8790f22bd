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
