package org.mashang.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mashang.cases.PublicFeed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which public cases match a {@link PublicFeed.Query}: the same rule as the wall (public, reviewed, not merged). */
@Repository
class PublicFeedRepository {

    private static final String CLOSED_STATES = "'CLOSED', 'RESOLVED', 'PROPOSAL_ANSWERED', 'EVALUATED'";

    private final JdbcClient jdbc;

    PublicFeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Tickets of matching cases, newest first. */
    List<String> tickets(PublicFeed.Query q) {
        StringBuilder sql = new StringBuilder("select ticket from cases c where c.is_public and c.state not in ("
                + CaseQueryService.NOT_ON_WALL + ")");
        Map<String, Object> params = new HashMap<>();
        if (q.tickets() != null) {
            sql.append(" and c.ticket in (:tickets)");
            params.put("tickets", q.tickets().isEmpty() ? List.of("") : q.tickets());
        }
        if (q.streetId() != null) {
            sql.append(" and c.street_id = :street");
            params.put("street", q.streetId());
        }
        if (q.categoryId() != null) {
            sql.append(" and c.category_id = :category");
            params.put("category", q.categoryId());
        }
        if (q.closed() != null) {
            sql.append(q.closed() ? " and c.state in (" : " and c.state not in (").append(CLOSED_STATES).append(")");
        }
        if (q.from() != null) {
            sql.append(" and c.submitted_at >= :from");
            params.put("from", Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            sql.append(" and c.submitted_at <= :to");
            params.put("to", Timestamp.from(q.to()));
        }
        sql.append(" order by c.submitted_at desc, c.id desc limit :limit offset :offset");
        params.put("limit", q.limit());
        params.put("offset", q.offset());
        return jdbc.sql(sql.toString()).params(params).query(String.class).list();
    }

    /** Where the case is and when it last changed. */
    Row row(String ticket) {
        return jdbc.sql("select id, street_id, category_id, block_id, updated_at from cases where ticket = :t").param("t", ticket)
                .query((rs, n) -> {
                    long block = rs.getLong("block_id");
                    return new Row(rs.getLong("id"), rs.getLong("street_id"), rs.getLong("category_id"), rs.wasNull() ? null : block,
                            rs.getTimestamp("updated_at").toInstant());
                }).single();
    }

    record Row(long caseId, long streetId, long categoryId, Long blockId, Instant updatedAt) {
    }
}
