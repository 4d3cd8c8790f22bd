package org.ansoplatform.governance.statutes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.governance.AmendmentState;
import org.ansoplatform.governance.AmendmentView;
import org.ansoplatform.governance.ArticleView;
import org.ansoplatform.governance.VersionView;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Versions of the Statutes with their articles, and amendments with the decisions that moved them. */
@Component
public class StatuteStore {

    private static final String AMENDMENTS = """
            select a.*, v.number as base_number, r.number as result_number from governance.amendment a
            join governance.statute_version v on v.id = a.base_version_id
            left join governance.statute_version r on r.id = a.result_version""";

    private final JdbcClient jdbc;

    StatuteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<VersionView> versions() {
        return jdbc.sql("select * from governance.statute_version order by number desc").query(StatuteStore::version).list();
    }

    /** The version in force: the highest number. */
    public Optional<VersionView> current() {
        return jdbc.sql("select * from governance.statute_version order by number desc limit 1").query(StatuteStore::version)
                .optional();
    }

    /** The version in force, locked: one new version at a time. */
    public Optional<VersionView> currentLocked() {
        return jdbc.sql("select * from governance.statute_version order by number desc limit 1 for update")
                .query(StatuteStore::version).optional();
    }

    public Optional<VersionView> version(int number) {
        return jdbc.sql("select * from governance.statute_version where number = :number").param("number", number)
                .query(StatuteStore::version).optional();
    }

    public List<ArticleView> articles(int number) {
        return jdbc.sql("""
                        select a.* from governance.article a join governance.statute_version v on v.id = a.version_id
                        where v.number = :number order by a.position""")
                .param("number", number)
                .query((rs, row) -> new ArticleView(rs.getString("number"), rs.getInt("position"), rs.getString("heading"),
                        rs.getString("body")))
                .list();
    }

    public void insertVersion(UUID id, int number, LocalDate effectiveFrom, UUID adoptedBy, String note) {
        jdbc.sql("""
                        insert into governance.statute_version (id, number, effective_from, adopted_by, note)
                        values (:id, :number, :from, :decision, :note)""")
                .param("id", id).param("number", number).param("from", effectiveFrom).param("decision", adoptedBy)
                .param("note", note).update();
    }

    /** Copies every article of one version into another. */
    public void copyArticles(UUID fromVersion, UUID toVersion) {
        jdbc.sql("""
                        insert into governance.article (version_id, number, position, heading, body)
                        select :target, number, position, heading, body from governance.article where version_id = :source""")
                .param("target", toVersion).param("source", fromVersion).update();
    }

    public void insertArticle(UUID versionId, ArticleView article) {
        jdbc.sql("""
                        insert into governance.article (version_id, number, position, heading, body)
                        values (:version, :number, :position, :heading, :body)""")
                .param("version", versionId).param("number", article.number()).param("position", article.position())
                .param("heading", article.heading()).param("body", article.body())
                .update();
    }

    public void updateArticle(UUID versionId, String number, String heading, String body) {
        jdbc.sql("update governance.article set heading = :heading, body = :body where version_id = :version and number = :number")
                .param("heading", heading).param("body", body).param("version", versionId).param("number", number).update();
    }

    public void insertAmendment(UUID id, UUID baseVersionId, ArticleView text, String rationale, UUID by, Instant at) {
        jdbc.sql("""
                        insert into governance.amendment (id, base_version_id, article_number, heading, body, rationale, state,
                            proposed_by, proposed_at)
                        values (:id, :base, :number, :heading, :body, :rationale, :state, :by, :at)""")
                .param("id", id).param("base", baseVersionId).param("number", text.number()).param("heading", text.heading())
                .param("body", text.body()).param("rationale", rationale).param("state", AmendmentState.PROPOSED.name())
                .param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    public Optional<AmendmentView> amendment(UUID id) {
        return jdbc.sql(AMENDMENTS + " where a.id = :id").param("id", id).query(StatuteStore::amendment).optional();
    }

    public Optional<AmendmentView> amendmentLocked(UUID id) {
        return jdbc.sql(AMENDMENTS + " where a.id = :id for update of a").param("id", id).query(StatuteStore::amendment)
                .optional();
    }

    public List<AmendmentView> amendments() {
        return jdbc.sql(AMENDMENTS + " order by a.proposed_at desc").query(StatuteStore::amendment).list();
    }

    public void rejectAmendment(UUID id) {
        jdbc.sql("update governance.amendment set state = :state where id = :id")
                .param("state", AmendmentState.REJECTED.name()).param("id", id).update();
    }

    public void endorseAmendment(UUID id, UUID decisionId) {
        jdbc.sql("update governance.amendment set state = :state, endorsed_by = :decision where id = :id")
                .param("state", AmendmentState.ENDORSED.name()).param("decision", decisionId).param("id", id).update();
    }

    public void adoptAmendment(UUID id, UUID decisionId, UUID resultVersion) {
        jdbc.sql("update governance.amendment set state = :state, adopted_by = :decision, result_version = :version where id = :id")
                .param("state", AmendmentState.ADOPTED.name()).param("decision", decisionId).param("version", resultVersion)
                .param("id", id).update();
    }

    private static VersionView version(ResultSet rs, int row) throws SQLException {
        return new VersionView(Rows.uuid(rs, "id"), rs.getInt("number"), Rows.date(rs, "effective_from"),
                Rows.uuid(rs, "adopted_by"), rs.getString("note"));
    }

    private static AmendmentView amendment(ResultSet rs, int row) throws SQLException {
        return new AmendmentView(Rows.uuid(rs, "id"), Rows.uuid(rs, "base_version_id"), rs.getInt("base_number"),
                rs.getString("article_number"), rs.getString("heading"), rs.getString("body"), rs.getString("rationale"),
                Rows.enumValue(rs, "state", AmendmentState.class), Rows.instant(rs, "proposed_at"),
                Rows.uuid(rs, "endorsed_by"), Rows.uuid(rs, "adopted_by"), Rows.integer(rs, "result_number"));
    }
}
