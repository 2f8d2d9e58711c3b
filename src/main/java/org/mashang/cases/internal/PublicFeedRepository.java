package org.mashang.cases.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.CaseState;
import org.mashang.cases.PublicFeed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which public cases match a {@link PublicFeed.Query}: the same rule as the wall (public, reviewed, not merged). */
@Repository
@RequiredArgsConstructor
class PublicFeedRepository {

    /** Every filter is optional: a null parameter leaves its condition true. */
    private static final String TICKETS = """
            select ticket from cases c
            where c.is_public and c.state = any(:onWall)
              and (cast(:filterTickets as boolean) is false or c.ticket = any(:tickets))
              and (cast(:street as bigint) is null or c.street_id = :street)
              and (cast(:category as bigint) is null or c.category_id = :category)
              and (cast(:closed as boolean) is null or (c.state = any(:answered)) = :closed)
              and (cast(:from as timestamptz) is null or c.submitted_at >= :from)
              and (cast(:to as timestamptz) is null or c.submitted_at <= :to)
            order by c.submitted_at desc, c.id desc limit :limit offset :offset""";

    private final JdbcClient jdbc;

    /** Tickets of matching cases, newest first. */
    List<String> tickets(PublicFeed.Query q) {
        return jdbc.sql(TICKETS)
                .param("onWall", CaseState.namesWhere(CaseState::accepted))
                .param("answered", CaseState.namesWhere(CaseState::answered))
                .param("filterTickets", q.tickets() != null, Types.BOOLEAN)
                .param("tickets", (q.tickets() == null ? List.<String>of() : q.tickets()).toArray(String[]::new))
                .param("street", q.streetId(), Types.BIGINT)
                .param("category", q.categoryId(), Types.BIGINT)
                .param("closed", q.closed(), Types.BOOLEAN)
                .param("from", q.from() == null ? null : Timestamp.from(q.from()), Types.TIMESTAMP)
                .param("to", q.to() == null ? null : Timestamp.from(q.to()), Types.TIMESTAMP)
                .param("limit", q.limit()).param("offset", q.offset())
                .query(String.class).list();
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
