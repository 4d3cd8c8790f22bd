package org.ansoplatform.meetings;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.shared.CountryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participants (confirmed registrations) and trainees per country, for one meeting or for every meeting that
 * starts in a year, with the optional gender figures for reporting.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsQueries {

    public record CountryRow(String country, long participants, long trainees, long attended, long female, long male,
            long other) {

        public String countryName(Locale locale) {
            return CountryCode.isValid(country) ? new CountryCode(country).displayName(locale) : country;
        }
    }

    public record Statistics(String scope, long meetings, long participants, long trainees, long attended,
            long countries, List<CountryRow> rows) {
    }

    private static final String BY_COUNTRY = """
            select r.country, count(*) participants,
                   count(*) filter (where r.role = :trainee) trainees,
                   count(*) filter (where r.attended) attended,
                   count(*) filter (where r.gender = :female) female,
                   count(*) filter (where r.gender = :male) male,
                   count(*) filter (where r.gender = :other) other
            from meetings.registration r join meetings.meeting m on m.id = r.meeting_id
            where r.status = :confirmed and %s
            group by r.country order by participants desc, r.country""";

    private final JdbcClient jdbc;

    StatisticsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Statistics forMeeting(UUID meetingId) {
        List<CountryRow> rows = byCountry("m.id = :id").param("id", meetingId).query(StatisticsQueries::row).list();
        return summarize(meetingId.toString(), 1, rows);
    }

    public Statistics forYear(int year) {
        List<CountryRow> rows = byCountry("extract(year from m.start_date) = :year").param("year", year)
                .query(StatisticsQueries::row).list();
        long meetings = jdbc.sql("select count(*) from meetings.meeting where extract(year from start_date) = :year")
                .param("year", year).query(Long.class).single();
        return summarize(String.valueOf(year), meetings, rows);
    }

    private JdbcClient.StatementSpec byCountry(String scope) {
        return jdbc.sql(BY_COUNTRY.formatted(scope))
                .param("trainee", ParticipantRole.TRAINEE.name()).param("confirmed", RegistrationStatus.CONFIRMED.name())
                .param("female", Gender.FEMALE.name()).param("male", Gender.MALE.name()).param("other", Gender.OTHER.name());
    }

    /** The table as exported (CSV or XLSX): one row per country, then the totals. */
    public static List<String> headers() {
        return List.of("country", "country_name", "participants", "trainees", "attended", "female", "male", "other");
    }

    public static List<List<Object>> table(Statistics statistics, Locale locale) {
        List<List<Object>> table = new java.util.ArrayList<>();
        for (CountryRow row : statistics.rows()) {
            table.add(List.of(row.country(), row.countryName(locale), row.participants(), row.trainees(), row.attended(),
                    row.female(), row.male(), row.other()));
        }
        table.add(List.of("TOTAL", statistics.countries() + " countries", statistics.participants(), statistics.trainees(),
                statistics.attended(), statistics.rows().stream().mapToLong(CountryRow::female).sum(),
                statistics.rows().stream().mapToLong(CountryRow::male).sum(),
                statistics.rows().stream().mapToLong(CountryRow::other).sum()));
        return table;
    }

    private static Statistics summarize(String scope, long meetings, List<CountryRow> rows) {
        return new Statistics(scope, meetings, rows.stream().mapToLong(CountryRow::participants).sum(),
                rows.stream().mapToLong(CountryRow::trainees).sum(), rows.stream().mapToLong(CountryRow::attended).sum(),
                rows.size(), rows);
    }

    private static CountryRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CountryRow(rs.getString("country").strip(), rs.getLong("participants"), rs.getLong("trainees"),
                rs.getLong("attended"), rs.getLong("female"), rs.getLong("male"), rs.getLong("other"));
    }
}
