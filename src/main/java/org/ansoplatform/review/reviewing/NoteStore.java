package org.ansoplatform.review.reviewing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.review.reviewing.PanelNotebook.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notes per subject of a panel. */
@Repository
class NoteStore {

    private final JdbcClient jdbc;

    NoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NoteRow(UUID id, Kind kind, UUID authorId, String authorName, String text, Instant createdAt) {
    }

    List<NoteRow> of(UUID panelId, UUID subjectId) {
        return jdbc.sql("""
                select id, kind, author_id, author_name, text, created_at from review.panel_note
                where panel_id = :panel and subject_id = :subject order by created_at, id""")
                .param("panel", panelId).param("subject", subjectId)
                .query((rs, n) -> new NoteRow(Rows.uuid(rs, "id"), Rows.enumValue(rs, "kind", Kind.class), Rows.uuid(rs, "author_id"),
                        rs.getString("author_name"), rs.getString("text"), Rows.instant(rs, "created_at")))
                .list();
    }

    void insert(UUID id, UUID panelId, UUID subjectId, UUID authorId, String authorName, String text, Kind kind, Instant now) {
        jdbc.sql("""
                insert into review.panel_note (id, panel_id, subject_id, author_id, author_name, text, created_at, kind)
                values (:id, :panel, :subject, :author, :authorName, :text, :now, :kind)""")
                .param("id", id).param("panel", panelId).param("subject", subjectId).param("author", authorId)
                .param("authorName", authorName).param("text", text).param("now", Timestamp.from(now)).param("kind", kind.name())
                .update();
    }
}
