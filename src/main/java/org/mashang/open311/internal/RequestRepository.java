package org.mashang.open311.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a platform posted besides the message (the case holds that), and the token it follows the case by. */
@Repository
@RequiredArgsConstructor
class RequestRepository {

    private final JdbcClient jdbc;

    void insert(PostedRequest r) {
        jdbc.sql("""
                        insert into open311_request (token, case_id, api_key_id, lat, lon, address_string, media_url, device_id,
                                                     account_id, created_at)
                        values (:token, :case, :key, :lat, :lon, :address, :media, :device, :account, :at)""")
                .param("token", r.token()).param("case", r.caseId()).param("key", r.apiKeyId()).param("lat", r.lat())
                .param("lon", r.lon()).param("address", r.addressString()).param("media", r.mediaUrl())
                .param("device", r.deviceId()).param("account", r.accountId()).param("at", Timestamp.from(r.createdAt()))
                .update();
    }

    Optional<PostedRequest> byToken(String token) {
        return jdbc.sql("select * from open311_request where token = :t").param("t", token).query(RequestRepository::map).optional();
    }

    /** Posted requests of the given cases, by case id; cases not posted through the API are left out. */
    Map<Long, PostedRequest> byCases(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from open311_request where case_id in (:ids)").param("ids", caseIds)
                .query(RequestRepository::map).list().stream()
                .collect(Collectors.toMap(PostedRequest::caseId, Function.identity()));
    }

    private static PostedRequest map(ResultSet rs, int row) throws SQLException {
        double lat = rs.getDouble("lat");
        Double latOrNull = rs.wasNull() ? null : lat;
        double lon = rs.getDouble("lon");
        Double lonOrNull = rs.wasNull() ? null : lon;
        return new PostedRequest(rs.getString("token"), rs.getLong("case_id"), rs.getLong("api_key_id"), latOrNull, lonOrNull,
                rs.getString("address_string"), rs.getString("media_url"), rs.getString("device_id"), rs.getString("account_id"),
                rs.getTimestamp("created_at").toInstant());
    }

    record PostedRequest(String token, long caseId, long apiKeyId, Double lat, Double lon, String addressString, String mediaUrl,
                         String deviceId, String accountId, Instant createdAt) {
    }

}
