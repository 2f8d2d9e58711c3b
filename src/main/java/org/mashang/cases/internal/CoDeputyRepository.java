package org.mashang.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The co-deputies (联名代表) of cases ({@code case_co_deputy}). */
@Repository
@RequiredArgsConstructor
class CoDeputyRepository {

    private final JdbcClient jdbc;

    /** @return false when the deputy had joined already */
    boolean add(long caseId, long deputyId, Instant at) {
        return jdbc.sql("insert into case_co_deputy (case_id, deputy_id, joined_at) values (:c, :d, :at) on conflict do nothing")
                .param("c", caseId).param("d", deputyId).param("at", Timestamp.from(at)).update() > 0;
    }

    List<Long> ofCase(long caseId) {
        return jdbc.sql("select deputy_id from case_co_deputy where case_id = :c order by joined_at, deputy_id").param("c", caseId)
                .query(Long.class).list();
    }

    /** Cases submitted in [from, to) the deputy joined. */
    long joined(long deputyId, Instant from, Instant to) {
        return jdbc.sql("""
                        select count(*) from case_co_deputy j join cases c on c.id = j.case_id
                        where j.deputy_id = :d and c.submitted_at >= :from and c.submitted_at < :to""")
                .param("d", deputyId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query(Long.class).single();
    }
}
