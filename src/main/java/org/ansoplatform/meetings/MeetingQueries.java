package org.ansoplatform.meetings;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the catalogue. */
@Service
@Transactional(readOnly = true)
public class MeetingQueries {

    /**
     * What to look for; every part is optional. {@code organizer} matches an organizer's name anywhere, in any
     * case, or, when it is an id, the organization of the directory. Unpublished meetings only when asked.
     */
    public record Filter(Integer year, MeetingKind kind, String organizer, String country, Integer theme,
            boolean includeUnpublished, Period period, LocalDate today) {

        /** Meetings not yet over (soonest first) or over (latest first), as of {@code today}. */
        public enum Period { UPCOMING, PAST }

        public Filter(Integer year, MeetingKind kind, String organizer, String country, Integer theme,
                boolean includeUnpublished) {
            this(year, kind, organizer, country, theme, includeUnpublished, null, null);
        }

        public static Filter published() {
            return new Filter(null, null, null, null, null, false);
        }

        /** The same filter limited to a period. */
        public Filter in(Period newPeriod, LocalDate newToday) {
            return new Filter(year, kind, organizer, country, theme, includeUnpublished, newPeriod, newToday);
        }

        public Filter {
            period = today == null ? null : period;
            organizer = organizer == null || organizer.isBlank() ? null : organizer.strip();
            country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        }
    }

    static final String COLUMNS = """
            m.id, m.kind, cast(m.title as text) as title, cast(m.description as text) as description, m.start_date, m.end_date, m.start_time,
            m.end_time, m.time_zone, m.mode, m.venue, m.city, m.country, m.published, m.registration_open,
            m.registration_closes_at, m.capacity, m.moderated, m.guest_certificates, m.updated_at, m.cancelled_at, m.programme_code,
            array(select coalesce(cast(o.organization_id as varchar), '') from meetings.organizer o
                  where o.meeting_id = m.id order by o.position) as organizer_ids,
            array(select o.name from meetings.organizer o where o.meeting_id = m.id order by o.position) as organizer_names,
            array(select coalesce(o.ror_id, '') from meetings.organizer o where o.meeting_id = m.id order by o.position) as organizer_rors, m.sequence, m.rescheduled_from, m.moved_online,
            array(select t.sdg from meetings.theme t where t.meeting_id = m.id order by t.sdg) as themes,
            cast(m.questions as text) as questions,
            array(select cast(a.file_id as varchar) from meetings.attachment a where a.meeting_id = m.id order by a.added_at, a.name) as attachment_ids,
            array(select a.name from meetings.attachment a where a.meeting_id = m.id order by a.added_at, a.name) as attachment_names,
            (select count(*) from meetings.registration r where r.meeting_id = m.id and r.status = :confirmed) as confirmed,
            (select count(*) from meetings.registration r where r.meeting_id = m.id and r.status = :waiting) as waiting""";

    private static final String WHERE = """
            where (:all or m.published)
              and (cast(:year as integer) is null or extract(year from m.start_date) = :year
                   or extract(year from m.end_date) = :year)
              and (cast(:kind as varchar) is null or m.kind = :kind)
              and (cast(:country as varchar) is null or m.country = :country)
              and (cast(:theme as integer) is null or exists (select 1 from meetings.theme t where t.meeting_id = m.id and t.sdg = :theme))
              and (cast(:organizer as varchar) is null or exists (select 1 from meetings.organizer o where o.meeting_id = m.id
                   and (lower(o.name) like :organizerLike or cast(o.organization_id as varchar) = :organizer)))
              and (not :upcomingOnly or m.end_date >= :today)
              and (not :pastOnly or m.end_date < :today)""";

    private final JdbcClient jdbc;

    MeetingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of matching meetings, soonest first (by start date); past meetings latest first. */
    public PageResult<MeetingView> search(Filter filter, PageRequest page) {
        Filter f = filter == null ? Filter.published() : filter;
        long total = params(jdbc.sql("select count(*) from meetings.meeting m " + WHERE), f).query(Long.class).single();
        String order = f.period() == Filter.Period.PAST
                ? " order by m.start_date desc, m.end_date desc, m.title, m.id"
                : " order by m.start_date, m.end_date, m.title, m.id";
        List<MeetingView> items = counts(params(jdbc.sql("select " + COLUMNS + " from meetings.meeting m " + WHERE
                + order + " limit :limit offset :offset"), f))
                .param("limit", page.size()).param("offset", page.offset())
                .query(MeetingQueries::view).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Every matching meeting, by start date (calendar and feeds). */
    public List<MeetingView> all(Filter filter) {
        return counts(params(jdbc.sql("select " + COLUMNS + " from meetings.meeting m " + WHERE
                + " order by m.start_date, m.end_date, m.title, m.id"), filter)).query(MeetingQueries::view).list();
    }

    public Optional<MeetingView> byId(UUID id) {
        return counts(jdbc.sql("select " + COLUMNS + " from meetings.meeting m where m.id = :id").param("id", id))
                .query(MeetingQueries::view).optional();
    }

    /** A published meeting, as the public sees it. */
    public Optional<MeetingView> published(UUID id) {
        return byId(id).filter(MeetingView::published);
    }

    /** The years that have at least one published meeting, newest first. */
    public List<Integer> years() {
        return jdbc.sql("select distinct cast(extract(year from start_date) as integer) y from meetings.meeting where published order by y desc")
                .query(Integer.class).list();
    }

    /** The countries where published meetings take place. */
    public List<String> countries() {
        return jdbc.sql("select distinct country from meetings.meeting where published and country is not null order by country")
                .query(String.class).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from meetings.meeting").query(Long.class).single();
    }

    private static JdbcClient.StatementSpec counts(JdbcClient.StatementSpec sql) {
        return sql.param("confirmed", RegistrationStatus.CONFIRMED.name()).param("waiting", RegistrationStatus.WAITING.name());
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, Filter f) {
        return sql.param("all", f.includeUnpublished())
                .param("upcomingOnly", f.period() == Filter.Period.UPCOMING)
                .param("pastOnly", f.period() == Filter.Period.PAST)
                .param("today", f.today())
                .param("year", f.year())
                .param("kind", f.kind() == null ? null : f.kind().name())
                .param("country", f.country())
                .param("theme", f.theme())
                .param("organizer", f.organizer())
                .param("organizerLike", f.organizer() == null ? null
                        : "%" + org.ansoplatform.platform.SqlText.escapeLike(f.organizer().toLowerCase(Locale.ROOT)) + "%");
    }

    static MeetingView view(ResultSet rs, int row) throws SQLException {
        String[] organizerIds = strings(rs.getArray("organizer_ids"));
        String[] organizerNames = strings(rs.getArray("organizer_names"));
        String[] organizerRors = strings(rs.getArray("organizer_rors"));
        List<Organizer> organizers = new ArrayList<>();
        for (int i = 0; i < organizerNames.length; i++) {
            organizers.add(new Organizer(organizerIds[i].isEmpty() ? null : UUID.fromString(organizerIds[i]), organizerNames[i],
                    organizerRors[i].isEmpty() ? null : organizerRors[i]));
        }
        List<Integer> themes = new ArrayList<>();
        for (Object sdg : (Object[]) rs.getArray("themes").getArray()) {
            themes.add(((Number) sdg).intValue());
        }
        String[] attachmentIds = strings(rs.getArray("attachment_ids"));
        String[] attachmentNames = strings(rs.getArray("attachment_names"));
        List<MeetingView.Attachment> attachments = new ArrayList<>();
        for (int i = 0; i < attachmentIds.length; i++) {
            attachments.add(new MeetingView.Attachment(UUID.fromString(attachmentIds[i]), attachmentNames[i]));
        }
        String country = rs.getString("country");
        return new MeetingView(Rows.uuid(rs, "id"), Rows.enumValue(rs, "kind", MeetingKind.class),
                MeetingJson.text(rs.getString("title")), MeetingJson.text(rs.getString("description")),
                Rows.date(rs, "start_date"), Rows.date(rs, "end_date"),
                rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
                rs.getString("time_zone"), Rows.enumValue(rs, "mode", MeetingMode.class), rs.getString("venue"),
                rs.getString("city"), country == null ? null : country.strip(), List.copyOf(organizers),
                List.copyOf(themes), rs.getBoolean("published"), rs.getBoolean("registration_open"),
                Rows.instant(rs, "registration_closes_at"), Rows.integer(rs, "capacity"),
                rs.getBoolean("moderated"), rs.getBoolean("guest_certificates"), MeetingJson.questions(rs.getString("questions")), List.copyOf(attachments),
                rs.getLong("confirmed"), rs.getLong("waiting"), Rows.instant(rs, "updated_at"),
                Rows.instant(rs, "cancelled_at"), rs.getString("programme_code"), rs.getInt("sequence"),
                Rows.date(rs, "rescheduled_from"), rs.getBoolean("moved_online"));
    }

    private static String[] strings(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        String[] strings = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            strings[i] = values[i] == null ? "" : values[i].toString();
        }
        return strings;
    }
}
