package org.mashang.open311.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
class ApiKeyRepository {

    private final JdbcClient jdbc;

    long insert(String name, String keyHash, int hourlyLimit, String createdBy, Instant now) {
        return jdbc.sql("""
                        insert into open311_api_key (name, key_hash, hourly_limit, created_at, created_by)
                        values (:name, :hash, :limit, :at, :by) returning id""")
                .param("name", name).param("hash", keyHash).param("limit", hourlyLimit).param("at", Timestamp.from(now))
                .param("by", createdBy).query(Long.class).single();
    }

    List<ApiKey> all() {
        return jdbc.sql("select * from open311_api_key order by revoked_at nulls first, created_at desc").query(ApiKeyRepository::map).list();
    }

    Optional<ApiKey> byHash(String keyHash) {
        return jdbc.sql("select * from open311_api_key where key_hash = :h").param("h", keyHash).query(ApiKeyRepository::map).optional();
    }

    Optional<ApiKey> find(long id) {
        return jdbc.sql("select * from open311_api_key where id = :id").param("id", id).query(ApiKeyRepository::map).optional();
    }

    /** @return false when there is no such key or it was revoked already */
    boolean revoke(long id, Instant now) {
        return jdbc.sql("update open311_api_key set revoked_at = :at where id = :id and revoked_at is null")
                .param("at", Timestamp.from(now)).param("id", id).update() == 1;
    }

    void used(long id, Instant now) {
        jdbc.sql("update open311_api_key set last_used_at = :at where id = :id").param("at", Timestamp.from(now)).param("id", id).update();
    }

    private static ApiKey map(ResultSet rs, int row) throws SQLException {
        return new ApiKey(rs.getLong("id"), rs.getString("name"), rs.getInt("hourly_limit"), instant(rs, "created_at"),
                rs.getString("created_by"), instant(rs, "revoked_at"), instant(rs, "last_used_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
