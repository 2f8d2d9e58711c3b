package org.mashang.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What checking a query code needs of a case, and the code's lock. */
@Repository
@RequiredArgsConstructor
class QueryCodeRepository {

    /**
     * @param supporterId set when the ticket is a follower's of the case (我也反映), not the case's own; such a code is
     *                    never locked (no phone proven at /verify opens it again), wrong tries are counted per hour
     */
    record Stored(long caseId, String ticket, String hash, boolean keyed, Instant lockedAt, String residentPhone, Long supporterId) {
    }

    /** A case with its own query code's state: what a receipt shows, read with the code in one statement. */
    record OwnCode(CaseRecord record, boolean keyed, Instant lockedAt) {
    }

    private final JdbcClient jdbc;

    /** The case whose own ticket this is (a follower's ticket is not one). */
    Optional<OwnCode> findCase(String ticket) {
        return jdbc.sql("select * from cases where ticket = :t").param("t", ticket)
                .query((rs, n) -> new OwnCode(CaseRepository.map(rs, n), rs.getBoolean("query_code_keyed"),
                        CaseRepository.instant(rs, "query_code_locked_at")))
                .optional();
    }

    Optional<Stored> find(String ticket) {
        return jdbc.sql("""
                        select id, ticket, query_code_hash, query_code_keyed, query_code_locked_at, resident_phone, null::bigint
                        from cases where ticket = :t
                        union all
                        select case_id, ticket, query_code_hash, true, null::timestamptz, null::varchar, id
                        from case_supporter where ticket = :t""")
                .param("t", ticket)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getString(6),
                        rs.getObject(7, Long.class)))
                .optional();
    }

    void lock(long caseId, Instant at) {
        jdbc.sql("update cases set query_code_locked_at = :at where id = :id and query_code_locked_at is null")
                .param("at", Timestamp.from(at)).param("id", caseId).update();
    }

    void unlock(String ticket) {
        jdbc.sql("update cases set query_code_locked_at = null where ticket = :t and query_code_locked_at is not null")
                .param("t", ticket).update();
    }

    List<Stored> unkeyed(int limit) {
        return jdbc.sql("""
                        select id, ticket, query_code_hash from cases where not query_code_keyed order by id limit :n
                        for update skip locked""")
                .param("n", limit)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), false, null, null, null)).list();
    }

    void rekeyed(long caseId, String hash) {
        jdbc.sql("update cases set query_code_hash = :h, query_code_keyed = true where id = :id")
                .param("h", hash).param("id", caseId).update();
    }
}
