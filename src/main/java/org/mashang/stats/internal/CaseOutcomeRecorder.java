package org.mashang.stats.internal;

import java.sql.Date;
import java.time.LocalDate;
import org.mashang.cases.CaseOutcomesRecorded;
import org.mashang.directory.Directory;
import org.mashang.platform.Outcome;
import org.mashang.platform.Zones;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the statistics' copy of the cases' outcomes, in the transaction of the final reply: they count on the day they
 * were recorded, for the case's station and responsible deputy, beside the activities' outcomes.
 */
@Component
class CaseOutcomeRecorder {

    private final JdbcClient jdbc;
    private final Directory directory;

    CaseOutcomeRecorder(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @EventListener
    void on(CaseOutcomesRecorded e) {
        jdbc.sql("delete from stat_case_outcome where case_id = :id").param("id", e.caseId()).update();
        LocalDate day = LocalDate.ofInstant(e.occurredAt(), Zones.CHINA);
        int position = 1;
        for (Outcome o : e.outcomes()) {
            jdbc.sql("""
                            insert into stat_case_outcome (case_id, position, station_id, scope_key, deputy_id, day, indicator, unit, amount)
                            values (:id, :position, :station, :scope, :deputy, :day, :indicator, :unit, :amount)""")
                    .param("id", e.caseId()).param("position", position++).param("station", e.stationId())
                    .param("scope", directory.scopeKey(e.streetId())).param("deputy", e.deputyId(), java.sql.Types.BIGINT)
                    .param("day", Date.valueOf(day)).param("indicator", o.indicator()).param("unit", o.unit())
                    .param("amount", o.amount())
                    .update();
        }
    }
}
