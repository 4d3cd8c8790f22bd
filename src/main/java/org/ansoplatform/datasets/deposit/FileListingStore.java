package org.ansoplatform.datasets.deposit;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of a version's file list: one folder's page by keyset (folder, name, id) on the listing index, its
 * subfolders with their counts and sizes, the folder's totals and types, each one aggregate over the version's rows.
 * A folder's rows are those whose folder starts with it ({@code starts_with}, so a folder's name is never a pattern).
 */
@Repository
class FileListingStore {

    private final JdbcClient jdbc;

    FileListingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Files and bytes in the folder and below. */
    FileSummary total(UUID versionId, String folder) {
        return jdbc.sql("""
                        select count(*) as files, coalesce(sum(size), 0) as bytes from datasets.dataset_file
                        where version_id = :version and starts_with(folder, :folder)""")
                .param("version", versionId).param("folder", folder)
                .query((rs, n) -> new FileSummary(rs.getLong("files"), rs.getLong("bytes"), List.of())).single();
    }

    /** The folder's direct subfolders, by name, each with the files and bytes it holds at any depth. */
    List<FileListing.Subfolder> subfolders(UUID versionId, String folder) {
        return jdbc.sql("""
                        select split_part(substr(folder, char_length(:folder) + 1), '/', 1) as child, count(*) as files,
                               coalesce(sum(size), 0) as bytes
                        from datasets.dataset_file
                        where version_id = :version and starts_with(folder, :folder) and folder <> :folder
                        group by 1 order by 1""")
                .param("version", versionId).param("folder", folder)
                .query((rs, n) -> new FileListing.Subfolder(rs.getString("child"), folder + rs.getString("child") + "/",
                        rs.getLong("files"), rs.getLong("bytes")))
                .list();
    }

    /** The media types in the folder and below, the most frequent first. */
    List<String> types(UUID versionId, String folder) {
        return jdbc.sql("""
                        select media_type from datasets.dataset_file where version_id = :version and starts_with(folder, :folder)
                        group by media_type order by count(*) desc, media_type""")
                .param("version", versionId).param("folder", folder).query(String.class).list();
    }

    /**
     * Up to {@code limit} files after the cursor, in (folder, name, id) order: the folder's own files, or with a name
     * filter those of the folder and below (a search finds files in subfolders too).
     */
    List<FileView> page(UUID versionId, FileListing.Filter filter, FileListing.Cursor after, int limit) {
        String sql = "select * from datasets.dataset_file where version_id = :version" + where(filter)
                + " and (folder, name, id) > (:afterFolder, :afterName, :afterId) order by folder, name, id limit :limit";
        return params(jdbc.sql(sql), versionId, filter).param("afterFolder", after.folder()).param("afterName", after.name())
                .param("afterId", after.id()).param("limit", limit).query(DatasetStore::file).list();
    }

    /** How many files the filter matches (counted only when a filter is given). */
    long matching(UUID versionId, FileListing.Filter filter) {
        return params(jdbc.sql("select count(*) from datasets.dataset_file where version_id = :version" + where(filter)),
                versionId, filter).query(Long.class).single();
    }

    private static String where(FileListing.Filter filter) {
        StringBuilder where = new StringBuilder(filter.deep() ? " and starts_with(folder, :folder)" : " and folder = :folder");
        if (!filter.name().isEmpty()) {
            where.append(" and strpos(lower(name), lower(:name)) > 0");
        }
        if (!filter.type().isEmpty()) {
            where.append(" and media_type = :type");
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, UUID versionId, FileListing.Filter filter) {
        JdbcClient.StatementSpec s = spec.param("version", versionId).param("folder", filter.folder());
        if (!filter.name().isEmpty()) {
            s = s.param("name", filter.name());
        }
        if (!filter.type().isEmpty()) {
            s = s.param("type", filter.type());
        }
        return s;
    }
}
