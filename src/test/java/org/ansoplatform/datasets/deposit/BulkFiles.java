package org.ansoplatform.datasets.deposit;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many files for a version, made in SQL from one file the real commands stored (same bytes, other names and
 * folders), so that a test of tens of thousands of files takes a moment. Not a bean: a test makes it from the
 * context's {@link JdbcClient}.
 */
public record BulkFiles(JdbcClient jdbc) {

    /**
     * {@code count} copies of {@code model} in {@code folder}, named {@code prefix-00001.csv} and on; every
     * {@code restrictedEvery}-th one restricted (0: none).
     */
    public void copies(UUID versionId, UUID model, String folder, String prefix, int count, int restrictedEvery) {
        jdbc.sql("""
                insert into datasets.dataset_file (id, version_id, stored_file_id, folder, name, media_type, size, sha256, md5,
                    access, embargo_until, position)
                select gen_random_uuid(), m.version_id, m.stored_file_id, :folder, :prefix || '-' || lpad(n::text, 5, '0') || '.csv',
                    m.media_type, m.size, m.sha256, m.md5,
                    case when :every > 0 and n % :every = 0 then 'RESTRICTED' else m.access end, null, 1000 + n
                from datasets.dataset_file m, generate_series(1, :count) n
                where m.id = :model and m.version_id = :version""")
                .param("folder", folder).param("prefix", prefix).param("every", restrictedEvery).param("count", count)
                .param("model", model).param("version", versionId).update();
    }

    /** Moves a file into a folder (what part U's folder-aware upload does; here without it). */
    public void folder(UUID versionId, UUID fileId, String folder) {
        jdbc.sql("update datasets.dataset_file set folder = :folder where version_id = :version and id = :id")
                .param("folder", folder).param("version", versionId).param("id", fileId).update();
    }
}
