package org.ansoplatform.datasets.deposit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.datasets.DatasetStatus;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Datasets, their versions, files and curation steps as commands write them and read them back. */
@Repository
class DatasetStore {

    static final String VERSION_COLUMNS = """
            v.id, v.dataset_id, v.number, v.status, cast(v.metadata as text) as metadata, d.depositor_id, v.curator_id,
            v.doi, v.published_at, v.withdrawn_at, v.withdraw_reason, v.created_at, v.updated_at""";

    private final JdbcClient jdbc;

    DatasetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertDataset(UUID id, UUID depositorId, Instant at) {
        jdbc.sql("insert into datasets.dataset (id, depositor_id, created_at) values (:id, :depositor, :at)")
                .param("id", id).param("depositor", depositorId).param("at", Timestamp.from(at)).update();
    }

    void insertVersion(UUID id, UUID datasetId, int number, DatasetMetadata metadata, Instant at) {
        jdbc.sql("""
                insert into datasets.dataset_version (id, dataset_id, number, status, metadata, project_id, created_at, updated_at)
                values (:id, :dataset, :number, :status, cast(:metadata as jsonb), :project, :at, :at)""")
                .param("id", id).param("dataset", datasetId).param("number", number)
                .param("status", DatasetStatus.DRAFT.name()).param("metadata", DatasetJson.write(metadata))
                .param("project", metadata.projectId()).param("at", Timestamp.from(at)).update();
    }

    void updateMetadata(UUID versionId, DatasetMetadata metadata, Instant at) {
        jdbc.sql("""
                update datasets.dataset_version set metadata = cast(:metadata as jsonb), project_id = :project, updated_at = :at
                where id = :id""")
                .param("metadata", DatasetJson.write(metadata)).param("project", metadata.projectId())
                .param("at", Timestamp.from(at)).param("id", versionId).update();
    }

    void status(UUID versionId, DatasetStatus status, UUID curatorId, Instant at) {
        jdbc.sql("update datasets.dataset_version set status = :status, curator_id = coalesce(:curator, curator_id), updated_at = :at where id = :id")
                .param("status", status.name()).param("curator", curatorId).param("at", Timestamp.from(at))
                .param("id", versionId).update();
    }

    void published(UUID versionId, String doi, Instant at) {
        jdbc.sql("update datasets.dataset_version set doi = :doi, published_at = :at where id = :id")
                .param("doi", doi).param("at", Timestamp.from(at)).param("id", versionId).update();
    }

    void withdrawn(UUID versionId, String reason, Instant at) {
        jdbc.sql("update datasets.dataset_version set withdrawn_at = :at, withdraw_reason = :reason where id = :id")
                .param("reason", reason).param("at", Timestamp.from(at)).param("id", versionId).update();
    }

    void step(UUID versionId, DatasetStatus from, DatasetStatus to, Actor actor, String comment) {
        jdbc.sql("""
                insert into datasets.dataset_step (id, version_id, from_status, to_status, actor_id, actor_name, comment, at)
                values (:id, :version, :from, :to, :actor, :name, :comment, :at)""")
                .param("id", UUID.randomUUID()).param("version", versionId).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("actor", actor.personId()).param("name", actor.name())
                .param("comment", comment == null ? "" : comment).param("at", Timestamp.from(actor.at())).update();
    }

    void insertFile(FileView file, int position) {
        jdbc.sql("""
                insert into datasets.dataset_file (id, version_id, stored_file_id, folder, name, media_type, size, sha256, md5,
                    access, embargo_until, position)
                values (:id, :version, :stored, :folder, :name, :type, :size, :sha, :md5, :access, :embargo, :position)""")
                .param("id", file.id()).param("version", file.versionId()).param("stored", file.storedFileId())
                .param("folder", file.folder()).param("name", file.name()).param("type", file.mediaType()).param("size", file.size())
                .param("sha", file.sha256()).param("md5", file.md5()).param("access", file.access().name()).param("embargo", file.embargoUntil())
                .param("position", position).update();
    }

    /** Whether the version already has a file of this name in this folder (a zip holds each path once). */
    boolean hasFile(UUID versionId, String folder, String name) {
        return jdbc.sql("select exists (select 1 from datasets.dataset_file where version_id = :version and folder = :folder and name = :name)")
                .param("version", versionId).param("folder", folder).param("name", name).query(Boolean.class).single();
    }

    /** The place after the version's last file, from one aggregate (never reading the files). */
    int nextPosition(UUID versionId) {
        return jdbc.sql("select coalesce(max(position) + 1, 0) from datasets.dataset_file where version_id = :version")
                .param("version", versionId).query(Integer.class).single();
    }

    /** Copies every file of one version into another in one statement, each with a new id, folders and order kept. */
    int copyFiles(UUID fromVersionId, UUID toVersionId) {
        return jdbc.sql("""
                insert into datasets.dataset_file (id, version_id, stored_file_id, folder, name, media_type, size, sha256, md5,
                    access, embargo_until, position)
                select gen_random_uuid(), :to, stored_file_id, folder, name, media_type, size, sha256, md5,
                    access, embargo_until, position
                from datasets.dataset_file where version_id = :from""")
                .param("to", toVersionId).param("from", fromVersionId).update();
    }

    int deleteFile(UUID versionId, UUID fileId) {
        return jdbc.sql("delete from datasets.dataset_file where version_id = :version and id = :id")
                .param("version", versionId).param("id", fileId).update();
    }

    void fileAccess(UUID versionId, UUID fileId, FileAccess access, LocalDate embargoUntil) {
        jdbc.sql("update datasets.dataset_file set access = :access, embargo_until = :embargo where version_id = :version and id = :id")
                .param("access", access.name()).param("embargo", embargoUntil).param("version", versionId).param("id", fileId)
                .update();
    }

    /** Locks the version's row for a change. */
    Optional<VersionView> lock(UUID versionId) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from datasets.dataset_version v join datasets.dataset d on d.id = v.dataset_id "
                        + "where v.id = :id for update of v")
                .param("id", versionId).query(DatasetStore::version).optional();
    }

    /** Locks the dataset's row, so that two new versions are never numbered alike. */
    boolean lockDataset(UUID datasetId) {
        return jdbc.sql("select id from datasets.dataset where id = :id for update").param("id", datasetId)
                .query(UUID.class).optional().isPresent();
    }

    static VersionView version(ResultSet rs, int n) throws SQLException {
        return new VersionView(Rows.uuid(rs, "id"), Rows.uuid(rs, "dataset_id"), rs.getInt("number"),
                Rows.enumValue(rs, "status", DatasetStatus.class), DatasetJson.read(rs.getString("metadata")),
                Rows.uuid(rs, "depositor_id"), Rows.uuid(rs, "curator_id"), rs.getString("doi"),
                Rows.instant(rs, "published_at"), Rows.instant(rs, "withdrawn_at"), rs.getString("withdraw_reason"),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
    }

    static FileView file(ResultSet rs, int n) throws SQLException {
        return new FileView(Rows.uuid(rs, "id"), Rows.uuid(rs, "version_id"), Rows.uuid(rs, "stored_file_id"),
                rs.getString("folder"), rs.getString("name"), rs.getString("media_type"), rs.getLong("size"),
                rs.getString("sha256"), rs.getString("md5"),
                Rows.enumValue(rs, "access", FileAccess.class), Rows.date(rs, "embargo_until"));
    }

    List<FileView> files(UUID versionId) {
        return jdbc.sql("select * from datasets.dataset_file where version_id = :id order by position, name")
                .param("id", versionId).query(DatasetStore::file).list();
    }
}
