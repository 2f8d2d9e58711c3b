package org.mashang.platform.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.mashang.platform.FileStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class DatabaseFileStore implements FileStore {

    private final JdbcClient jdbc;

    DatabaseFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
