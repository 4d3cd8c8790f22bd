package org.ansoplatform.publications.series;

import java.util.List;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.publications.IssueStatus;
import org.ansoplatform.publications.SeriesKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published issues counted by series and by year of their date (decision 186): the series pages' table, and the
 * figures' issues per series, advisory reports in a year and advisory reports up to a year's end.
 */
@Component
@Transactional(readOnly = true)
public class SeriesCountQueries {

    /** One published issue, with its series and year. */
    public record Counted(UUID seriesId, UUID issueId, int year) {
    }

    /** A series' issues in one year and up to its end. */
    public record YearCount(int year, long count, long cumulative) {
    }

    private final JdbcClient jdbc;

    SeriesCountQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Published issues dated in the year (all series), by series then date. */
    public List<Counted> inYear(int year) {
        return jdbc.sql("""
                select series_id, id, extract(year from issue_date)::int y from publications.issue
                where status = :status and extract(year from issue_date) = :year order by series_id, issue_date, number""")
                .param("status", IssueStatus.PUBLISHED.name()).param("year", year).query(SeriesCountQueries::counted).list();
    }

    /** Published issues of series of a kind dated in the year ({@code cumulative}: up to the year's end). */
    public List<Counted> ofKind(SeriesKind kind, int year, boolean cumulative) {
        return jdbc.sql("""
                select i.series_id, i.id, extract(year from i.issue_date)::int y from publications.issue i join publications.series s on s.id = i.series_id
                where s.kind = :kind and i.status = :status
                  and (extract(year from i.issue_date) = :year or (:cumulative and extract(year from i.issue_date) < :year))
                order by i.issue_date, i.number""")
                .param("kind", kind.name()).param("status", IssueStatus.PUBLISHED.name()).param("year", year)
                .param("cumulative", cumulative).query(SeriesCountQueries::counted).list();
    }

    /** The series' published issues per year with the running total, oldest year first. */
    public List<YearCount> byYear(UUID seriesId) {
        return jdbc.sql("""
                select y, c, sum(c) over (order by y) total from (
                  select extract(year from issue_date)::int y, count(*) c from publications.issue
                  where series_id = :series and status = :status group by 1) t order by y""")
                .param("series", seriesId).param("status", IssueStatus.PUBLISHED.name())
                .query((rs, n) -> new YearCount(rs.getInt("y"), rs.getLong("c"), rs.getLong("total"))).list();
    }

    private static Counted counted(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Counted(Rows.uuid(rs, "series_id"), Rows.uuid(rs, "id"), rs.getInt("y"));
    }
}
