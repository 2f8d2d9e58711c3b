package org.mashang.stats.internal;

import java.sql.Date;
import org.mashang.directory.Directory;
import org.mashang.receptions.ActivityRecorded;
import org.mashang.platform.Outcome;
import org.mashang.receptions.ReceptionRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps the statistics' copy of receptions and activities, in the transaction that records them. */
@Component
class ActivityRecorder {

    private final JdbcClient jdbc;
    private final Directory directory;

    ActivityRecorder(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @EventListener
    void on(ReceptionRecorded e) {
        jdbc.sql("""
                        insert into stat_reception (reception_id, station_id, street_id, scope_key, day, on_reception_day, residents,
                                                    deputy_ids)
                        values (:id, :station, :street, :scope, :day, :onDay, :residents, cast(:deputies as bigint[]))
                        on conflict (reception_id) do update set day = excluded.day, residents = excluded.residents,
                               on_reception_day = excluded.on_reception_day, deputy_ids = excluded.deputy_ids""")
                .param("id", e.receptionId()).param("station", e.stationId()).param("street", e.streetId())
                .param("scope", directory.scopeKey(e.streetId())).param("day", Date.valueOf(e.day()))
                .param("onDay", e.onReceptionDay()).param("residents", e.residentsReceived()).param("deputies", ids(e.deputyIds()))
                .update();
    }

    @EventListener
    void on(ActivityRecorded e) {
        jdbc.sql("""
                        insert into stat_activity (activity_id, station_id, street_id, scope_key, kind, day, block_id, attendance,
                                                   deputy_ids)
                        values (:id, :station, :street, :scope, :kind, :day, :block, :attendance, cast(:deputies as bigint[]))
                        on conflict (activity_id) do update set kind = excluded.kind, day = excluded.day, block_id = excluded.block_id,
                               attendance = excluded.attendance, deputy_ids = excluded.deputy_ids""")
                .param("id", e.activityId()).param("station", e.stationId()).param("street", e.streetId())
                .param("scope", directory.scopeKey(e.streetId())).param("kind", e.kind().name())
                .param("day", Date.valueOf(e.day())).param("block", e.blockId()).param("attendance", e.attendance())
                .param("deputies", ids(e.deputyIds()))
                .update();
        jdbc.sql("delete from stat_outcome where activity_id = :id").param("id", e.activityId()).update();
        int position = 1;
        for (Outcome o : e.outcomes()) {
            jdbc.sql("""
                            insert into stat_outcome (activity_id, position, indicator, unit, amount)
                            values (:id, :position, :indicator, :unit, :amount)""")
                    .param("id", e.activityId()).param("position", position++).param("indicator", o.indicator())
                    .param("unit", o.unit()).param("amount", o.amount())
                    .update();
        }
    }

    private static String ids(java.util.List<Long> ids) {
        return "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}";
    }
}
