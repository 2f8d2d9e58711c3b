package org.mashang.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outcome figures of cases. */
@Repository
@RequiredArgsConstructor
class CaseOutcomeRepository {

    private final JdbcClient jdbc;

    /** The case's figures become these: a final reply after a reopen says again what came of the case. */
    void replace(long caseId, List<Outcome> outcomes, Instant at) {
        jdbc.sql("delete from case_outcome where case_id = :c").param("c", caseId).update();
        int position = 1;
        for (Outcome o : outcomes) {
            jdbc.sql("""
                            insert into case_outcome (case_id, position, indicator, unit, amount, recorded_at)
                            values (:c, :position, :indicator, :unit, :amount, :at)""")
                    .param("c", caseId).param("position", position++).param("indicator", o.indicator()).param("unit", o.unit())
                    .param("amount", o.amount()).param("at", Timestamp.from(at))
                    .update();
        }
    }

    List<Outcome> of(long caseId) {
        return jdbc.sql("select indicator, amount, unit from case_outcome where case_id = :c order by position")
                .param("c", caseId).query(Outcome.class).list();
    }
}
