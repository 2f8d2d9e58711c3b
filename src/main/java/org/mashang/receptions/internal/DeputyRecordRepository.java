package org.mashang.receptions.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.Outcome;
import org.mashang.receptions.ActivityKind;
import org.mashang.receptions.DeputyRecord.KindCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A deputy's receptions and activities between two days (both included), added up for their record. */
@Repository
@RequiredArgsConstructor
class DeputyRecordRepository {

    /** Receptions the deputy received residents at, and how many residents. */
    record Receptions(long count, long residents) {
    }

    private final JdbcClient jdbc;

    Receptions receptions(long deputyId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select count(*) as count, coalesce(sum(r.residents_received), 0) as residents
                        from reception r join reception_deputy d on d.reception_id = r.id
                        where d.deputy_id = :d and r.day between :from and :to""")
                .param("d", deputyId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(Receptions.class).single();
    }

    /** Activities per kind that has any, with their attendance. */
    Map<ActivityKind, KindCount> activities(long deputyId, LocalDate from, LocalDate to) {
        Map<ActivityKind, KindCount> kinds = new EnumMap<>(ActivityKind.class);
        jdbc.sql("""
                        select a.kind, count(*) as n, coalesce(sum(a.attendance), 0) as people
                        from activity a join activity_deputy d on d.activity_id = a.id
                        where d.deputy_id = :d and a.day between :from and :to group by a.kind""")
                .param("d", deputyId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(rs -> {
                    ActivityKind kind = ActivityKind.valueOf(rs.getString("kind"));
                    kinds.put(kind, new KindCount(kind, rs.getLong("n"), rs.getLong("people")));
                });
        return kinds;
    }

    /** Issues raised at the deputy's receptions and activities that became cases. */
    long issuesTakenUp(long deputyId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select (select count(*) from reception_case c join reception r on r.id = c.reception_id
                                join reception_deputy d on d.reception_id = r.id
                                where d.deputy_id = :d and r.day between :from and :to)
                             + (select count(*) from activity_case c join activity a on a.id = c.activity_id
                                join activity_deputy d on d.activity_id = a.id
                                where d.deputy_id = :d and a.day between :from and :to)""")
                .param("d", deputyId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(Long.class).single();
    }

    /** The outcome lines of the deputy's activities, summed per indicator and unit. */
    List<Outcome> activityOutcomes(long deputyId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select o.indicator, o.unit, sum(o.amount) as amount
                        from activity_outcome o join activity a on a.id = o.activity_id
                        join activity_deputy d on d.activity_id = a.id
                        where d.deputy_id = :d and a.day between :from and :to group by o.indicator, o.unit""")
                .param("d", deputyId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(Outcome.class).list();
    }
}
