package org.ansoplatform.publications.series;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ansoplatform.platform.JsonTexts;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.publications.AccessPolicy;
import org.ansoplatform.publications.IssueCommand;
import org.ansoplatform.publications.IssueStatus;
import org.ansoplatform.publications.IssueView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Issues, their recipients and files, and the log of openings of restricted ones. */
@Repository
public class IssueStore {

    /** Separates list items in one parameter (keywords may hold commas). */
    private static final String SEPARATOR = "\u001f";
    private static final TypeReference<List<IssueCommand.Author>> AUTHORS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    IssueStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(UUID id, UUID seriesId, IssueCommand c, AccessPolicy policy, boolean titlePublic, boolean illustrative,
            Instant at) {
        jdbc.sql("""
                insert into publications.issue (id, series_id, number, label, issue_date, title, abstract, authors, keywords, sdgs, links,
                    access_policy, title_public, status, illustrative, created_at, updated_at)
                values (:id, :series, :number, :label, :date, cast(:title as jsonb), cast(:summary as jsonb),
                    cast(:authors as jsonb), string_to_array(:keywords, chr(31)), cast(string_to_array(:sdgs, ',') as int[]),
                    string_to_array(:links, chr(31)), :policy, :titlePublic, :status, :illustrative, :at, :at)""")
                .param("id", id).param("series", seriesId).param("status", IssueStatus.DRAFT.name())
                .param("illustrative", illustrative).params(fields(c, policy, titlePublic)).param("at", Timestamp.from(at)).update();
    }

    public void update(UUID id, IssueCommand c, AccessPolicy policy, boolean titlePublic, Instant at) {
        jdbc.sql("""
                update publications.issue set number = :number, label = :label, issue_date = :date, title = cast(:title as jsonb),
                    abstract = cast(:summary as jsonb), authors = cast(:authors as jsonb),
                    keywords = string_to_array(:keywords, chr(31)), sdgs = cast(string_to_array(:sdgs, ',') as int[]),
                    links = string_to_array(:links, chr(31)), access_policy = :policy, title_public = :titlePublic,
                    updated_at = :at where id = :id""")
                .param("id", id).params(fields(c, policy, titlePublic)).param("at", Timestamp.from(at)).update();
    }

    private Map<String, Object> fields(IssueCommand c, AccessPolicy policy, boolean titlePublic) {
        Map<String, Object> p = new HashMap<>();
        p.put("number", c.number());
        p.put("label", c.label());
        p.put("date", java.sql.Date.valueOf(c.date()));
        p.put("title", JsonTexts.write(c.title()));
        p.put("summary", JsonTexts.write(c.summary()));
        p.put("authors", json.writeValueAsString(c.authors()));
        p.put("keywords", String.join(SEPARATOR, c.keywords()));
        p.put("sdgs", c.sdgs().stream().map(String::valueOf).collect(Collectors.joining(",")));
        p.put("links", String.join(SEPARATOR, c.links()));
        p.put("policy", policy.name());
        p.put("titlePublic", titlePublic);
        return p;
    }

    public void readers(UUID id, List<UUID> people, List<UUID> organizations) {
        jdbc.sql("delete from publications.issue_reader where issue_id = :id").param("id", id).update();
        for (UUID person : people) {
            jdbc.sql("insert into publications.issue_reader (issue_id, person_id) values (:id, :person)").param("id", id).param("person", person)
                    .update();
        }
        for (UUID organization : organizations) {
            jdbc.sql("insert into publications.issue_reader (issue_id, organization_id) values (:id, :organization)").param("id", id)
                    .param("organization", organization).update();
        }
    }

    public void move(UUID id, IssueStatus status, String reason, Instant publishedAt, Instant at) {
        jdbc.sql("""
                update publications.issue set status = :status, withdrawn_reason = :reason,
                    published_at = coalesce(published_at, :published), updated_at = :at where id = :id""")
                .param("id", id).param("status", status.name()).param("reason", reason)
                .param("published", publishedAt == null ? null : Timestamp.from(publishedAt)).param("at", Timestamp.from(at))
                .update();
    }

    public void addFile(UUID issueId, IssueView.IssueFile f) {
        jdbc.sql("""
                insert into publications.issue_file (id, issue_id, file_id, language, name, media_type, size, text, added_at)
                values (:id, :issue, :file, :language, :name, :type, :size, :text, :at)""")
                .param("id", f.id()).param("issue", issueId).param("file", f.fileId()).param("language", f.language())
                .param("name", f.name()).param("type", f.mediaType()).param("size", f.size()).param("text", f.text())
                .param("at", Timestamp.from(f.addedAt())).update();
    }

    public void opened(UUID issueId, UUID personId, UUID fileId, Instant at) {
        jdbc.sql("insert into publications.issue_opening (issue_id, person_id, file_id, opened_at) values (:issue, :person, :file, :at)")
                .param("issue", issueId).param("person", personId).param("file", fileId).param("at", Timestamp.from(at)).update();
    }

    /** Who opened the issue or one of its files, newest first. */
    public record Opening(UUID personId, UUID fileId, Instant at) {
    }

    public List<Opening> openings(UUID issueId, int limit) {
        return jdbc.sql("select person_id, file_id, opened_at from publications.issue_opening where issue_id = :issue order by opened_at desc, id desc limit :limit")
                .param("issue", issueId).param("limit", limit)
                .query((rs, n) -> new Opening(Rows.uuid(rs, "person_id"), Rows.uuid(rs, "file_id"), Rows.instant(rs, "opened_at")))
                .list();
    }

    private static final String SELECT = """
            select i.*,
              array(select person_id from publications.issue_reader r where r.issue_id = i.id and person_id is not null) reader_people,
              array(select organization_id from publications.issue_reader r where r.issue_id = i.id and organization_id is not null) reader_orgs
            from publications.issue i""";

    public Optional<IssueView> byId(UUID id) {
        return jdbc.sql(SELECT + " where i.id = :id").param("id", id).query(this::row).optional().map(i -> withFiles(i, true));
    }

    public Optional<IssueView> byNumber(UUID seriesId, int number) {
        return jdbc.sql(SELECT + " where i.series_id = :series and i.number = :number").param("series", seriesId)
                .param("number", number).query(this::row).optional();
    }

    /** The series' issues by number, without their files. */
    public List<IssueView> ofSeries(UUID seriesId) {
        return jdbc.sql(SELECT + " where i.series_id = :series order by i.number").param("series", seriesId).query(this::row).list();
    }

    /** Published issues, newest first, without their files (lists, feeds; callers filter by access), a page at a time. */
    public List<IssueView> published(UUID seriesId, Integer year, int offset, int limit) {
        return published(seriesId, year, null, offset, limit);
    }

    /**
     * Published issues dated up to {@code until} (any date when null), newest first; of one date, the one published
     * last first.
     */
    public List<IssueView> published(UUID seriesId, Integer year, LocalDate until, int offset, int limit) {
        return jdbc.sql(SELECT + " " + """
                 where i.status = :status and (cast(:series as uuid) is null or i.series_id = :series)
                   and (cast(:year as int) is null or extract(year from i.issue_date) = :year)
                   and (cast(:until as date) is null or i.issue_date <= :until)
                 order by i.issue_date desc, i.published_at desc nulls last, i.number desc, i.id offset :offset limit :limit""")
                .param("status", IssueStatus.PUBLISHED.name()).param("series", seriesId).param("year", year)
                .param("until", until).param("offset", offset).param("limit", limit).query(this::row).list();
    }

    /** Published issues with their files and the files' text, for search. */
    public List<IssueView> publishedWithText() {
        return published(null, null, 0, Integer.MAX_VALUE).stream().map(i -> withFiles(i, true)).toList();
    }

    /** The issue with its files (not their text). */
    public IssueView withFiles(IssueView issue) {
        return withFiles(issue, false);
    }

    /** Drafts of the given series (all series when null), for the editors' dashboard. */
    public List<IssueView> drafts(List<UUID> seriesIds) {
        return jdbc.sql(SELECT + " where i.status = :status and i.series_id = any(:series) order by i.issue_date")
                .param("status", IssueStatus.DRAFT.name()).param("series", seriesIds.toArray(UUID[]::new)).query(this::row).list();
    }

    /** The dates of the series' issues (any status but withdrawn), for missed-issue checks. */
    public List<LocalDate> dates(UUID seriesId) {
        return jdbc.sql("select issue_date from publications.issue where series_id = :series and status <> :withdrawn order by issue_date")
                .param("series", seriesId).param("withdrawn", IssueStatus.WITHDRAWN.name()).query(LocalDate.class).list();
    }

    /** The latest issue before, and the earliest after, a number in its series (for the date order). */
    public Optional<IssueView> neighbour(UUID seriesId, int number, boolean before) {
        String sql = before ? " where i.series_id = :series and i.number < :number order by i.number desc limit 1"
                : " where i.series_id = :series and i.number > :number order by i.number limit 1";
        return jdbc.sql(SELECT + sql).param("series", seriesId).param("number", number).query(this::row).optional();
    }

    private IssueView withFiles(IssueView i, boolean text) {
        List<IssueView.IssueFile> files = jdbc.sql("""
                select id, file_id, language, name, media_type, size, case when :text then text else '' end as text, added_at
                from publications.issue_file where issue_id = :id order by language, added_at""")
                .param("id", i.id()).param("text", text).query((rs, n) -> new IssueView.IssueFile(Rows.uuid(rs, "id"), Rows.uuid(rs, "file_id"),
                        rs.getString("language"), rs.getString("name"), rs.getString("media_type"), rs.getLong("size"),
                        rs.getString("text"), Rows.instant(rs, "added_at"))).list();
        return new IssueView(i.id(), i.seriesId(), i.number(), i.label(), i.date(), i.title(), i.summary(), i.authors(),
                i.keywords(), i.sdgs(), i.links(), i.accessPolicy(), i.titlePublic(), i.status(), i.withdrawnReason(),
                i.publishedAt(), i.illustrative(), i.readerPeople(), i.readerOrganizations(), files, i.createdAt(), i.updatedAt());
    }

    private IssueView row(ResultSet rs, int n) throws SQLException {
        return new IssueView(Rows.uuid(rs, "id"), Rows.uuid(rs, "series_id"), rs.getInt("number"), rs.getString("label"),
                Rows.date(rs, "issue_date"), JsonTexts.read(rs.getString("title")), JsonTexts.read(rs.getString("abstract")),
                json.readValue(rs.getString("authors"), AUTHORS), Rows.strings(rs, "keywords"), ints(rs.getArray("sdgs")),
                Rows.strings(rs, "links"), Rows.enumValue(rs, "access_policy", AccessPolicy.class), rs.getBoolean("title_public"),
                Rows.enumValue(rs, "status", IssueStatus.class), rs.getString("withdrawn_reason"), Rows.instant(rs, "published_at"),
                rs.getBoolean("illustrative"), Rows.uuids(rs, "reader_people"), Rows.uuids(rs, "reader_orgs"), List.of(),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
    }

    private static List<Integer> ints(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Integer[]) array.getArray());
    }
}
