package org.ansoplatform.datasets.showcase;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.datasets.showcase.ShowcaseView.Screenshot;
import org.ansoplatform.platform.JsonTexts;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.RecordRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Showcases ({@code datasets.showcase}) with the datasets they use and their screenshots. */
@Repository
class ShowcaseStore {

    private static final String COLUMNS = "id, title, description, kind, theme, link, project_ref, note, status, created_at, "
            + "updated_at, published_at";

    private final JdbcClient jdbc;

    ShowcaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, ShowcaseCommand c, UUID by, Instant at) {
        jdbc.sql("""
                insert into datasets.showcase (id, title, description, kind, theme, link, project_ref, note, status, created_by,
                  created_at, updated_at)
                values (:id, cast(:title as jsonb), cast(:description as jsonb), :kind, :theme, :link, :project, :note, :status,
                  :by, :at, :at)""")
                .param("id", id).param("title", JsonTexts.write(c.title())).param("description", JsonTexts.write(c.description()))
                .param("kind", c.kind().name()).param("theme", c.theme().name()).param("link", c.link())
                .param("project", c.project() == null ? null : c.project().toString()).param("note", c.note())
                .param("status", ShowcaseStatus.DRAFT.name()).param("by", by).param("at", Timestamp.from(at)).update();
        datasets(id, c.datasets());
    }

    void update(UUID id, ShowcaseCommand c, Instant at) {
        jdbc.sql("""
                update datasets.showcase set title = cast(:title as jsonb), description = cast(:description as jsonb), kind = :kind,
                  theme = :theme, link = :link, project_ref = :project, note = :note, updated_at = :at
                where id = :id""")
                .param("id", id).param("title", JsonTexts.write(c.title())).param("description", JsonTexts.write(c.description()))
                .param("kind", c.kind().name()).param("theme", c.theme().name()).param("link", c.link())
                .param("project", c.project() == null ? null : c.project().toString()).param("note", c.note())
                .param("at", Timestamp.from(at)).update();
        datasets(id, c.datasets());
    }

    private void datasets(UUID id, List<RecordRef> datasets) {
        jdbc.sql("delete from datasets.showcase_dataset where showcase_id = :id").param("id", id).update();
        for (int i = 0; i < datasets.size(); i++) {
            jdbc.sql("insert into datasets.showcase_dataset (showcase_id, dataset_ref, position) values (:id, :ref, :position) on conflict do nothing")
                    .param("id", id).param("ref", datasets.get(i).toString()).param("position", i).update();
        }
    }

    void status(UUID id, ShowcaseStatus status, Instant at) {
        jdbc.sql("""
                update datasets.showcase set status = :status, updated_at = :at,
                  published_at = case when :status = 'PUBLISHED' then coalesce(published_at, :at) else published_at end
                where id = :id""")
                .param("id", id).param("status", status.name()).param("at", Timestamp.from(at)).update();
    }

    void addScreenshot(UUID showcaseId, UUID id, UUID fileId, String alt) {
        jdbc.sql("""
                insert into datasets.showcase_screenshot (id, showcase_id, file_id, alt, position)
                values (:id, :showcase, :file, :alt,
                  (select coalesce(max(position), -1) + 1 from datasets.showcase_screenshot where showcase_id = :showcase))""")
                .param("id", id).param("showcase", showcaseId).param("file", fileId).param("alt", alt).update();
    }

    boolean removeScreenshot(UUID showcaseId, UUID id) {
        return jdbc.sql("delete from datasets.showcase_screenshot where showcase_id = :showcase and id = :id")
                .param("showcase", showcaseId).param("id", id).update() > 0;
    }

    Optional<ShowcaseView> byId(UUID id) {
        return complete(jdbc.sql("select " + COLUMNS + " from datasets.showcase where id = :id").param("id", id).query(ShowcaseStore::row).list())
                .stream().findFirst();
    }

    /** Published showcases of a theme (or all), newest first. */
    List<ShowcaseView> published(ShowcaseTheme theme) {
        return complete(jdbc.sql("select " + COLUMNS + " from datasets.showcase"
                + " where status = :status and (cast(:theme as varchar) is null or theme = :theme) order by published_at desc, id")
                .param("status", ShowcaseStatus.PUBLISHED.name()).param("theme", theme == null ? null : theme.name())
                .query(ShowcaseStore::row).list());
    }

    /** Published showcases naming the project, newest first (the project's public page). */
    List<ShowcaseView> publishedOfProject(RecordRef project) {
        return complete(jdbc.sql("select " + COLUMNS
                + " from datasets.showcase where status = :status and project_ref = :project order by published_at desc, id")
                .param("status", ShowcaseStatus.PUBLISHED.name()).param("project", project.toString())
                .query(ShowcaseStore::row).list());
    }

    /** Every showcase, drafts first, then newest, for its managers. */
    List<ShowcaseView> all() {
        return complete(jdbc.sql("select " + COLUMNS + " from datasets.showcase order by status, updated_at desc, id")
                .query(ShowcaseStore::row).list());
    }

    /** Showcases first published from {@code from} inclusive to {@code to} exclusive (the figures). */
    List<UUID> publishedBetween(Instant from, Instant to) {
        return jdbc.sql("""
                select id from datasets.showcase where status = :status and published_at >= :from and published_at < :to
                order by published_at, id""")
                .param("status", ShowcaseStatus.PUBLISHED.name()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(UUID.class).list();
    }

    boolean exists(String link) {
        return jdbc.sql("select count(*) from datasets.showcase where link = :link").param("link", link).query(Long.class).single() > 0;
    }

    private List<ShowcaseView> complete(List<ShowcaseView> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<UUID> ids = rows.stream().map(ShowcaseView::id).toList();
        Map<UUID, List<RecordRef>> datasets = new LinkedHashMap<>();
        jdbc.sql("select showcase_id, dataset_ref from datasets.showcase_dataset where showcase_id in (:ids) order by position")
                .param("ids", ids).query((row, n) -> Map.entry(Rows.uuid(row, "showcase_id"), row.getString("dataset_ref"))).list()
                .forEach(e -> datasets.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(RecordRef.parse(e.getValue())));
        Map<UUID, List<Screenshot>> screenshots = new LinkedHashMap<>();
        jdbc.sql("select id, showcase_id, file_id, alt, position from datasets.showcase_screenshot where showcase_id in (:ids) order by position")
                .param("ids", ids).query((row, n) -> new Screenshot(Rows.uuid(row, "id"), Rows.uuid(row, "file_id"),
                        row.getString("alt"), row.getInt("position"), Rows.uuid(row, "showcase_id"))).list()
                .forEach(s -> screenshots.computeIfAbsent(s.showcaseId(), k -> new ArrayList<>()).add(s));
        return rows.stream().map(v -> new ShowcaseView(v.id(), v.title(), v.description(), v.kind(), v.theme(), v.link(),
                datasets.getOrDefault(v.id(), List.of()), v.project(), v.note(), v.status(), v.createdAt(), v.updatedAt(),
                v.publishedAt(), screenshots.getOrDefault(v.id(), List.of()))).toList();
    }

    private static ShowcaseView row(ResultSet row, int n) throws SQLException {
        String project = row.getString("project_ref");
        return new ShowcaseView(Rows.uuid(row, "id"), JsonTexts.read(row.getString("title")),
                JsonTexts.read(row.getString("description")), Rows.enumValue(row, "kind", ShowcaseKind.class),
                Rows.enumValue(row, "theme", ShowcaseTheme.class), row.getString("link"), List.of(),
                project == null ? null : RecordRef.parse(project), row.getString("note"),
                Rows.enumValue(row, "status", ShowcaseStatus.class), Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"),
                Rows.instant(row, "published_at"), List.of());
    }
}
