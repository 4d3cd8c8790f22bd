package org.ansoplatform.datasets.deposit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.datasets.DatasetStatus;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads of datasets and their versions for deposit's pages, the landing page, figures, search and records. */
@Service
public class DatasetQueries {

    private static final String FROM = " from datasets.dataset_version v join datasets.dataset d on d.id = v.dataset_id ";

    private final JdbcClient jdbc;

    DatasetQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<VersionView> version(UUID versionId) {
        return jdbc.sql("select " + DatasetStore.VERSION_COLUMNS + FROM + "where v.id = :id").param("id", versionId)
                .query(DatasetStore::version).optional();
    }

    public Optional<VersionView> version(UUID datasetId, int number) {
        return jdbc.sql("select " + DatasetStore.VERSION_COLUMNS + FROM + "where v.dataset_id = :id and v.number = :number")
                .param("id", datasetId).param("number", number).query(DatasetStore::version).optional();
    }

    /** Every version of the dataset, newest first. */
    public List<VersionView> versions(UUID datasetId) {
        return jdbc.sql("select " + DatasetStore.VERSION_COLUMNS + FROM + "where v.dataset_id = :id order by v.number desc")
                .param("id", datasetId).query(DatasetStore::version).list();
    }

    /** The newest version, whatever its status (the one the depositor works on). */
    public Optional<VersionView> latest(UUID datasetId) {
        return versions(datasetId).stream().findFirst();
    }

    /** The newest published version (not withdrawn): what the concept's landing page shows. */
    public Optional<VersionView> latestPublished(UUID datasetId) {
        return versions(datasetId).stream().filter(VersionView::published).findFirst();
    }

    public List<FileView> files(UUID versionId) {
        return jdbc.sql("select * from datasets.dataset_file where version_id = :id order by position, name")
                .param("id", versionId).query(DatasetStore::file).list();
    }

    /** The version's first {@code limit} files in the listing's order (folder, name, id), for capped descriptions. */
    public List<FileView> firstFiles(UUID versionId, int limit) {
        return jdbc.sql("select * from datasets.dataset_file where version_id = :id order by folder, name, id limit :limit")
                .param("id", versionId).param("limit", limit).query(DatasetStore::file).list();
    }

    /** How many files the version has and their bytes and media types, from one aggregate over its rows. */
    public FileSummary summary(UUID versionId) {
        return jdbc.sql("""
                        select coalesce(sum(n), 0) as files, coalesce(sum(bytes), 0) as bytes,
                               cast(array_agg(media_type order by first_position, media_type) as text[]) as formats
                        from (select media_type, count(*) as n, sum(size) as bytes, min(position) as first_position
                              from datasets.dataset_file where version_id = :id group by media_type) types""")
                .param("id", versionId).query((rs, n) -> new FileSummary(rs.getLong("files"), rs.getLong("bytes"),
                        rs.getArray("formats") == null ? List.of() : Rows.strings(rs, "formats")))
                .single();
    }

    public Optional<FileView> file(UUID versionId, UUID fileId) {
        return jdbc.sql("select * from datasets.dataset_file where version_id = :version and id = :id")
                .param("version", versionId).param("id", fileId).query(DatasetStore::file).optional();
    }

    public List<StepView> steps(UUID versionId) {
        return jdbc.sql("select * from datasets.dataset_step where version_id = :id order by at, to_status")
                .param("id", versionId).query((rs, n) -> new StepView(
                        rs.getString("from_status") == null ? null : Rows.enumValue(rs, "from_status", DatasetStatus.class),
                        Rows.enumValue(rs, "to_status", DatasetStatus.class), rs.getString("actor_name"),
                        rs.getString("comment"), Rows.instant(rs, "at")))
                .list();
    }

    /** The newest version of each dataset the person deposited, most recently changed first. */
    public List<VersionView> depositedBy(UUID personId) {
        return jdbc.sql("select " + DatasetStore.VERSION_COLUMNS + FROM + """
                        where d.depositor_id = :person
                          and v.number = (select max(w.number) from datasets.dataset_version w where w.dataset_id = d.id)
                        order by v.updated_at desc""")
                .param("person", personId).query(DatasetStore::version).list();
    }

    /** The versions waiting for curators (submitted or in review), oldest first. */
    public List<VersionView> queue() {
        return jdbc.sql("select " + DatasetStore.VERSION_COLUMNS + FROM + "where v.status in (:statuses) order by v.updated_at")
                .param("statuses", List.of(DatasetStatus.SUBMITTED.name(), DatasetStatus.IN_REVIEW.name()))
                .query(DatasetStore::version).list();
    }

    /** The latest published version of every dataset, or of those funded by one project, newest first. */
    public List<VersionView> latestPublished(UUID projectId, Instant upTo) {
        return jdbc.sql("select " + DatasetStore.VERSION_COLUMNS + FROM + """
                        where v.status = :published and (cast(:project as uuid) is null or v.project_id = :project)
                          and v.published_at <= :upTo
                          and v.number = (select max(w.number) from datasets.dataset_version w
                                          where w.dataset_id = d.id and w.status = :published)
                        order by v.published_at desc""")
                .param("published", DatasetStatus.PUBLISHED.name()).param("project", projectId)
                .param("upTo", Timestamp.from(upTo)).query(DatasetStore::version).list();
    }

    /** Versions published (withdrawn ones included: they were published) from {@code from} up to, not including, {@code to}. */
    public List<VersionView> publishedBetween(Instant from, Instant to) {
        return jdbc.sql("select " + DatasetStore.VERSION_COLUMNS + FROM + """
                        where v.published_at >= :from and v.published_at < :to order by v.published_at""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query(DatasetStore::version).list();
    }

    /**
     * The files added, removed or changed (other SHA-256) from one version to another, matched by path (folder and
     * name) in one full join, ordered by path; one more than {@link VersionDiff#FILES_SHOWN} at most, to tell there are more.
     */
    public List<VersionDiff.FileChange> fileChanges(UUID fromVersionId, UUID toVersionId) {
        return jdbc.sql("""
                        select coalesce(b.folder || b.name, a.folder || a.name) as path,
                               case when a.id is null then 'ADDED' when b.id is null then 'REMOVED' else 'CHANGED' end as kind
                        from (select * from datasets.dataset_file where version_id = :from) a
                        full join (select * from datasets.dataset_file where version_id = :to) b
                          on a.folder = b.folder and a.name = b.name
                        where a.id is null or b.id is null or a.sha256 <> b.sha256
                        order by path limit :limit""")
                .param("from", fromVersionId).param("to", toVersionId).param("limit", VersionDiff.FILES_SHOWN + 1)
                .query((rs, n) -> new VersionDiff.FileChange(rs.getString("path"),
                        VersionDiff.FileChangeKind.valueOf(rs.getString("kind"))))
                .list();
    }

    /** How many files the versions given have, counted in SQL. */
    public long fileCount(Collection<UUID> versionIds) {
        if (versionIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from datasets.dataset_file where version_id in (:ids)").param("ids", versionIds)
                .query(Long.class).single();
    }

    /** The files of the versions given. */
    public List<FileView> filesOf(Collection<UUID> versionIds) {
        if (versionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from datasets.dataset_file where version_id in (:ids) order by position")
                .param("ids", versionIds).query(DatasetStore::file).list();
    }

    /** Versions by id, whatever their status, for records. */
    public List<VersionView> versionsById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + DatasetStore.VERSION_COLUMNS + FROM + "where v.id in (:ids)").param("ids", ids)
                .query(DatasetStore::version).list();
    }

    /** Whether the person was granted the version's restricted files. */
    public boolean granted(UUID versionId, UUID personId) {
        return personId != null && jdbc.sql("""
                        select count(*) from datasets.dataset_access_request
                        where version_id = :version and person_id = :person and status = :granted""")
                .param("version", versionId).param("person", personId).param("granted", AccessRequestStatus.GRANTED.name())
                .query(Long.class).single() > 0;
    }

    /** The access requests to the versions of a dataset, newest first. */
    public List<AccessRequestView> accessRequests(UUID datasetId) {
        return jdbc.sql("""
                        select r.*, v.number from datasets.dataset_access_request r join datasets.dataset_version v on v.id = r.version_id
                        where v.dataset_id = :id order by r.created_at desc""")
                .param("id", datasetId).query((rs, n) -> new AccessRequestView(Rows.uuid(rs, "id"), Rows.uuid(rs, "version_id"),
                        rs.getInt("number"), Rows.uuid(rs, "person_id"), rs.getString("reason"),
                        Rows.enumValue(rs, "status", AccessRequestStatus.class), rs.getString("answer"),
                        Rows.instant(rs, "created_at")))
                .list();
    }
}
