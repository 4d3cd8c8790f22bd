package org.ansoplatform.meetings.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.platform.LinkSecrets;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** A course's illustrative trainees in one batch: confirmed registrations as the moderator leaves them, marked illustrative. */
@Repository
class DemoTraineeStore {

    record Trainee(String name, String email, String country, String gender, Instant registeredAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    DemoTraineeStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int trainees(UUID meetingId) {
        Integer count = jdbc.queryForObject("select count(*) from meetings.registration where meeting_id = :meeting and role = 'TRAINEE'",
                new MapSqlParameterSource("meeting", meetingId), Integer.class);
        return count == null ? 0 : count;
    }

    void insert(UUID meetingId, List<Trainee> trainees) {
        jdbc.batchUpdate("""
                insert into meetings.registration (id, meeting_id, email, name, language, country, organization, role, gender, answers,
                    status, token_hash, created_at, updated_at, illustrative)
                values (:id, :meeting, :email, :name, 'en', :country, null, 'TRAINEE', :gender, '{}', 'CONFIRMED', :hash, :at, :at, true)""",
                trainees.stream().map(trainee -> (SqlParameterSource) new MapSqlParameterSource("id", UUID.randomUUID())
                        .addValue("meeting", meetingId).addValue("email", trainee.email()).addValue("name", trainee.name())
                        .addValue("country", trainee.country()).addValue("gender", trainee.gender())
                        .addValue("hash", LinkSecrets.hash(LinkSecrets.newSecret())).addValue("at", Timestamp.from(trainee.registeredAt())))
                        .toArray(SqlParameterSource[]::new));
    }

    void markMeetingIllustrative(UUID meetingId) {
        jdbc.update("update meetings.meeting set illustrative = true where id = :id", new MapSqlParameterSource("id", meetingId));
    }
}
