package org.mashang.platform.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.FileStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded files in PostgreSQL (stored_file), and the statements that re-encode those stored before uploads were. */
@Repository
@RequiredArgsConstructor
class DatabaseFileStore implements FileStore {

    private final JdbcClient jdbc;

    @Override
    public StoredFile save(byte[] content, String contentType) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into stored_file (id, content_type, size_bytes, sha256, content, reencoded)
                        values (:id, :type, :size, :sha, :content, true)""")
                .param("id", id)
                .param("type", contentType)
                .param("size", content.length)
                .param("sha", sha256(content))
                .param("content", content)
                .update();
        return new StoredFile(id, contentType, content);
    }

    @Override
    public Optional<StoredFile> load(UUID id) {
        return jdbc.sql("select id, content_type, content from stored_file where id = :id")
                .param("id", id)
                .query((rs, n) -> new StoredFile(rs.getObject("id", UUID.class), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    /** Up to {@code limit} files not re-encoded yet, locked for this transaction; those another instance holds are passed over. */
    List<UUID> claimNotReencoded(int limit) {
        return jdbc.sql("select id from stored_file where not reencoded order by id limit :n for update skip locked")
                .param("n", limit).query(UUID.class).list();
    }

    byte[] content(UUID id) {
        return jdbc.sql("select content from stored_file where id = :id").param("id", id).query(byte[].class).single();
    }

    /** Replaces a stored file's bytes by their re-encoded picture, under the same id. */
    void replaceReencoded(UUID id, byte[] content, String contentType) {
        jdbc.sql("""
                        update stored_file set content = :content, content_type = :type, size_bytes = :size, sha256 = :sha,
                                               reencoded = true
                        where id = :id""")
                .param("content", content).param("type", contentType).param("size", content.length)
                .param("sha", sha256(content)).param("id", id).update();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
