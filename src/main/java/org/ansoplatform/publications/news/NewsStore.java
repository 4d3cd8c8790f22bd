package org.ansoplatform.publications.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.JsonTexts;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.publications.NewsCategory;
import org.ansoplatform.publications.NewsStatus;
import org.ansoplatform.publications.NewsView;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** News articles ({@code publications.news}): texts as jsonb by language, newest first by their date. */
@Repository
public class NewsStore {

    private static final String COLUMNS = "id, title, summary, body, category, published_on, date_note, image_file_id, "
            + "status, created_at, updated_at, published_at";

    private final JdbcClient jdbc;

    NewsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(NewsView n, UUID by) {
        jdbc.sql("""
                insert into publications.news (id, title, summary, body, category, published_on, date_note, image_file_id,
                  status, created_by, created_at, updated_at, published_at)
                values (:id, cast(:title as jsonb), cast(:summary as jsonb), cast(:body as jsonb), :category, :date, :note,
                  :image, :status, :by, :created, :updated, :published)""")
                .param("id", n.id()).param("title", JsonTexts.write(n.title())).param("summary", JsonTexts.write(n.summary()))
                .param("body", JsonTexts.write(n.body())).param("category", n.category().name()).param("date", n.date())
                .param("note", n.dateNote()).param("image", n.imageFileId()).param("status", n.status().name())
                .param("by", by).param("created", Timestamp.from(n.createdAt())).param("updated", Timestamp.from(n.updatedAt()))
                .param("published", n.publishedAt() == null ? null : Timestamp.from(n.publishedAt()))
                .update();
    }

    public void update(NewsView n) {
        jdbc.sql("""
                update publications.news set title = cast(:title as jsonb), summary = cast(:summary as jsonb),
                  body = cast(:body as jsonb), category = :category, published_on = :date, date_note = :note, updated_at = :updated
                where id = :id""")
                .param("id", n.id()).param("title", JsonTexts.write(n.title())).param("summary", JsonTexts.write(n.summary()))
                .param("body", JsonTexts.write(n.body())).param("category", n.category().name()).param("date", n.date())
                .param("note", n.dateNote()).param("updated", Timestamp.from(n.updatedAt()))
                .update();
    }

    public void status(UUID id, NewsStatus status, Instant at) {
        jdbc.sql("""
                update publications.news set status = :status, updated_at = :at,
                  published_at = case when :status = 'PUBLISHED' then coalesce(published_at, :at) else published_at end
                where id = :id""")
                .param("id", id).param("status", status.name()).param("at", Timestamp.from(at)).update();
    }

    public void image(UUID id, UUID fileId, Instant at) {
        jdbc.sql("update publications.news set image_file_id = :file, updated_at = :at where id = :id")
                .param("id", id).param("file", fileId).param("at", Timestamp.from(at)).update();
    }

    public Optional<NewsView> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from publications.news where id = :id").param("id", id).query(NewsStore::row).optional();
    }

    public List<NewsView> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from publications.news where id in (:ids)").param("ids", ids)
                .query(NewsStore::row).list();
    }

    /** Published articles, newest first, of one category or all. */
    public PageResult<NewsView> published(NewsCategory category, PageRequest page) {
        String where = " from publications.news where status = :status and (cast(:category as varchar) is null or category = :category)";
        long total = jdbc.sql("select count(*)" + where).param("status", NewsStatus.PUBLISHED.name())
                .param("category", category == null ? null : category.name()).query(Long.class).single();
        List<NewsView> items = jdbc.sql("select " + COLUMNS + where + " order by published_on desc, created_at desc, id limit :limit offset :offset")
                .param("status", NewsStatus.PUBLISHED.name()).param("category", category == null ? null : category.name())
                .param("limit", page.size()).param("offset", page.offset()).query(NewsStore::row).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Every published article, newest first (search's rebuild, the feed). */
    public List<NewsView> allPublished(int limit) {
        return jdbc.sql("select " + COLUMNS + " from publications.news where status = :status order by published_on desc, created_at desc limit :limit")
                .param("status", NewsStatus.PUBLISHED.name()).param("limit", limit).query(NewsStore::row).list();
    }

    /** Every article, drafts first then newest, for the editors' list. */
    public List<NewsView> all() {
        return jdbc.sql("select " + COLUMNS + " from publications.news order by status, published_on desc, created_at desc")
                .query(NewsStore::row).list();
    }

    /** Published articles dated in the year (the figures). */
    public List<UUID> publishedIn(int year) {
        return jdbc.sql("""
                select id from publications.news where status = :status and published_on between :from and :to
                order by published_on, id""")
                .param("status", NewsStatus.PUBLISHED.name()).param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31)).query(UUID.class).list();
    }

    static NewsView row(ResultSet row, int n) throws SQLException {
        return new NewsView(Rows.uuid(row, "id"), JsonTexts.read(row.getString("title")), JsonTexts.read(row.getString("summary")),
                JsonTexts.read(row.getString("body")), Rows.enumValue(row, "category", NewsCategory.class),
                Rows.date(row, "published_on"), row.getString("date_note"), Rows.uuid(row, "image_file_id"),
                Rows.enumValue(row, "status", NewsStatus.class), Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"),
                Rows.instant(row, "published_at"));
    }
}
