package org.mashang.directory.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.Directory.NameKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The names of many deputies, stations, regions, categories or departments at once, for lists and exports. */
@Repository
@RequiredArgsConstructor
class NameRepository {

    private final JdbcClient jdbc;

    Map<Long, String> names(NameKind kind, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        String statement = switch (kind) {
            case DEPUTY -> "select id, name from deputy where id in (:ids)";
            case STATION -> "select id, name from station where id in (:ids)";
            case REGION -> "select id, name from region where id in (:ids)";
            case CATEGORY -> "select id, name from category where id in (:ids)";
            case DEPARTMENT -> "select id, name from department where id in (:ids)";
        };
        jdbc.sql(statement).param("ids", List.copyOf(ids)).query(rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        return names;
    }
}
