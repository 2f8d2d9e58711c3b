package org.mashang.cases.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.CaseLevels.Transfer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The committee holding each case and the hand-overs between levels ({@code case_transfer}). */
@Repository
@RequiredArgsConstructor
class CaseTransferRepository {

    private final JdbcClient jdbc;

    /** The region whose committee holds the case, when it was ever handed over; empty: its own street's. */
    Optional<Long> holdingRegion(long caseId) {
        return jdbc.sql("select holding_region_id from cases where id = :id and holding_region_id is not null").param("id", caseId)
                .query(Long.class).optional();
    }

    void insert(long caseId, long from, long to, String toKey, boolean upward, String reason, Long by, Instant at) {
        jdbc.sql("""
                        insert into case_transfer (case_id, from_region_id, to_region_id, to_key, upward, reason, staff_user_id, created_at)
                        values (:c, :from, :to, :key, :up, :reason, :by, :at)""")
                .param("c", caseId).param("from", from).param("to", to).param("key", toKey).param("up", upward)
                .param("reason", reason).param("by", by, Types.BIGINT).param("at", Timestamp.from(at)).update();
        jdbc.sql("update cases set holding_region_id = :to, holding_key = :key where id = :c")
                .param("to", to).param("key", toKey).param("c", caseId).update();
    }

    List<Transfer> ofCase(long caseId) {
        return jdbc.sql("""
                        select from_region_id, to_region_id, upward, reason, created_at from case_transfer
                        where case_id = :c order by id""").param("c", caseId)
                .query((rs, n) -> new Transfer(rs.getLong("from_region_id"), rs.getLong("to_region_id"), rs.getBoolean("upward"),
                        rs.getString("reason"), rs.getTimestamp("created_at").toInstant())).list();
    }
}
