package org.ansoplatform.files;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code files.stored_file}: one per upload, pointing at its content by SHA-256. */
@Repository
class StoredFileStore {

    private final JdbcClient jdbc;

    StoredFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredFile file) {
        jdbc.sql("""
                insert into files.stored_file (id, sha256, md5, size, media_type, original_name, owner_id, created_at)
                values (:id, :sha256, :md5, :size, :mediaType, :originalName, :owner, :createdAt)""")
                .param("id", file.id()).param("sha256", file.sha256()).param("md5", file.md5()).param("size", file.size())
                .param("mediaType", file.mediaType()).param("originalName", file.originalName())
                .param("owner", file.ownerId()).param("createdAt", Timestamp.from(file.createdAt()))
                .update();
    }

    Optional<StoredFile> find(UUID id) {
        return jdbc.sql("select * from files.stored_file where id = :id").param("id", id)
                .query(StoredFileStore::row).optional();
    }

    List<StoredFile> ownedBy(UUID ownerId) {
        return jdbc.sql("select * from files.stored_file where owner_id = :owner order by created_at desc, id")
                .param("owner", ownerId)
                .query(StoredFileStore::row)
                .list();
    }

    private static StoredFile row(ResultSet rs, int rowNum) throws SQLException {
        return new StoredFile(Rows.uuid(rs, "id"), rs.getString("sha256"), rs.getString("md5"), rs.getLong("size"),
                rs.getString("media_type"), rs.getString("original_name"), Rows.uuid(rs, "owner_id"),
                Rows.instant(rs, "created_at"));
    }
}
