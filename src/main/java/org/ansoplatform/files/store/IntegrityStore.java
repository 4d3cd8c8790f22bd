package org.ansoplatform.files.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The runs of {@code files.integrity_run} and their problems, and what the check reads of {@code stored_file}. */
@Repository
class IntegrityStore {

    /** Problems kept per run; the counts go on beyond them. */
    static final int MAX_PROBLEMS = 1000;

    private final JdbcClient jdbc;

    IntegrityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One distinct content the rows refer to: its size and whether some row of it lacks its MD5. */
    record Content(String sha256, long size, boolean lacksMd5) {
    }

    /** The next distinct contents after {@code after} in SHA-256 order (keyset pagination, no offset). */
    List<Content> contentsAfter(String after, int limit) {
        return jdbc.sql("""
                select sha256, max(size) as size, bool_or(md5 is null) as lacks_md5 from files.stored_file
                where sha256 > :after group by sha256 order by sha256 limit :limit""")
                .param("after", after).param("limit", limit)
                .query((rs, n) -> new Content(rs.getString("sha256"), rs.getLong("size"), rs.getBoolean("lacks_md5")))
                .list();
    }

    int addMd5(String sha256, String md5) {
        return jdbc.sql("update files.stored_file set md5 = :md5 where sha256 = :sha256 and md5 is null")
                .param("md5", md5).param("sha256", sha256).update();
    }

    /** Which of {@code keys} some row refers to. */
    Set<String> referenced(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select distinct sha256 from files.stored_file where sha256 in (:keys)")
                .param("keys", keys).query(String.class).list());
    }

    void start(UUID id, IntegrityRun.Kind kind, String store, UUID startedBy, Instant now) {
        jdbc.sql("""
                insert into files.integrity_run (id, kind, store, started_by, started_at, updated_at, state)
                values (:id, :kind, :store, :startedBy, :now, :now, 'RUNNING')""")
                .param("id", id).param("kind", kind.name()).param("store", store).param("startedBy", startedBy)
                .param("now", Timestamp.from(now)).update();
    }

    /** Whether a run is going on: running and heard from within the last {@code since}. */
    boolean running(Instant since) {
        return jdbc.sql("select count(*) from files.integrity_run where state = 'RUNNING' and updated_at > :since")
                .param("since", Timestamp.from(since)).query(Long.class).single() > 0;
    }

    void progress(UUID id, Counts counts, Instant now) {
        jdbc.sql("""
                update files.integrity_run set checked = :checked, missing = :missing, wrong_size = :wrongSize,
                    wrong_hash = :wrongHash, unreferenced = :unreferenced, md5_added = :md5Added, copied = :copied,
                    skipped = :skipped, updated_at = :now where id = :id""")
                .param("checked", counts.checked).param("missing", counts.missing).param("wrongSize", counts.wrongSize)
                .param("wrongHash", counts.wrongHash).param("unreferenced", counts.unreferenced)
                .param("md5Added", counts.md5Added).param("copied", counts.copied).param("skipped", counts.skipped)
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    void finish(UUID id, IntegrityRun.State state, String failure, Instant now) {
        jdbc.sql("""
                update files.integrity_run set state = :state, failure = :failure, finished_at = :now, updated_at = :now
                where id = :id""")
                .param("state", state.name()).param("failure", failure).param("now", Timestamp.from(now))
                .param("id", id).update();
    }

    void problem(UUID id, int position, IntegrityRun.Problem problem) {
        jdbc.sql("""
                insert into files.integrity_problem (run_id, position, kind, object_key, detail)
                values (:id, :position, :kind, :key, :detail)""")
                .param("id", id).param("position", position).param("kind", problem.kind()).param("key", problem.key())
                .param("detail", problem.detail()).update();
    }

    Optional<IntegrityRun> find(UUID id) {
        return jdbc.sql("select * from files.integrity_run where id = :id").param("id", id)
                .query(IntegrityStore::row).optional().map(run -> run.withProblems(problems(id)));
    }

    /** The latest runs, newest first, without their problems. */
    List<IntegrityRun> latest(int limit) {
        return jdbc.sql("select * from files.integrity_run order by started_at desc, id limit :limit")
                .param("limit", limit).query(IntegrityStore::row).list();
    }

    private List<IntegrityRun.Problem> problems(UUID id) {
        return jdbc.sql("select kind, object_key, detail from files.integrity_problem where run_id = :id order by position")
                .param("id", id)
                .query((rs, n) -> new IntegrityRun.Problem(rs.getString("kind"), rs.getString("object_key"),
                        rs.getString("detail")))
                .list();
    }

    private static IntegrityRun row(ResultSet rs, int rowNum) throws SQLException {
        return new IntegrityRun(Rows.uuid(rs, "id"), Rows.enumValue(rs, "kind", IntegrityRun.Kind.class),
                rs.getString("store"), Rows.instant(rs, "started_at"), Rows.instant(rs, "updated_at"),
                Rows.instant(rs, "finished_at"), Rows.enumValue(rs, "state", IntegrityRun.State.class),
                rs.getLong("checked"), rs.getLong("missing"), rs.getLong("wrong_size"), rs.getLong("wrong_hash"),
                rs.getLong("unreferenced"), rs.getLong("md5_added"), rs.getLong("copied"), rs.getLong("skipped"),
                rs.getString("failure"), List.of());
    }

    /** The counts of a run as it goes, written every few hundred objects. */
    static final class Counts {
        long checked;
        long missing;
        long wrongSize;
        long wrongHash;
        long unreferenced;
        long md5Added;
        long copied;
        long skipped;
    }
}
