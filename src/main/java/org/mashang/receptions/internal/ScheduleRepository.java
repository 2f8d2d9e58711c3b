package org.mashang.receptions.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.mashang.receptions.ScheduleRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored part of reception days: rules, cancelled or moved days, duty rosters. */
@Repository
@RequiredArgsConstructor
class ScheduleRepository {

    /** Keeps these advisory locks apart from any other module's. */
    private static final long LOCK_SPACE = 0x5245_4345_0000_0000L;

    private final JdbcClient jdbc;

    Optional<ScheduleRules> rules(long stationId) {
        return jdbc.sql("select month_days, weekdays from reception_rules where station_id = :s").param("s", stationId)
                .query((rs, n) -> new ScheduleRules(new TreeSet<>(ints(rs.getArray("month_days"))),
                        ints(rs.getArray("weekdays")).stream().map(DayOfWeek::of).collect(Collectors.toCollection(TreeSet::new))))
                .optional();
    }

    void saveRules(long stationId, ScheduleRules rules, long userId, Instant now) {
        jdbc.sql("""
                        insert into reception_rules (station_id, month_days, weekdays, updated_by, updated_at)
                        values (:s, :m, :w, :u, :now)
                        on conflict (station_id) do update
                        set month_days = excluded.month_days, weekdays = excluded.weekdays, updated_by = excluded.updated_by,
                            updated_at = excluded.updated_at""")
                .param("s", stationId).param("m", rules.monthDays().toArray(Integer[]::new))
                .param("w", rules.weekdays().stream().map(DayOfWeek::getValue).toArray(Integer[]::new))
                .param("u", userId).param("now", Timestamp.from(now)).update();
    }

    Map<LocalDate, DayChange> changes(long stationId, LocalDate from, LocalDate to) {
        Map<LocalDate, DayChange> result = new HashMap<>();
        jdbc.sql("""
                        select station_id, scheduled, moved_to, notice from reception_exception
                        where station_id = :s and scheduled between :from and :to""")
                .param("s", stationId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(DayChange.class)
                .list().forEach(e -> result.put(e.scheduled(), e));
        return result;
    }

    /** Exceptions of days from {@code from} on, for the staff page (some may no longer match a reception day). */
    List<DayChange> changesFrom(long stationId, LocalDate from) {
        return jdbc.sql("""
                        select station_id, scheduled, moved_to, notice from reception_exception
                        where station_id = :s and scheduled >= :from order by scheduled""")
                .param("s", stationId).param("from", Date.valueOf(from))
                .query(DayChange.class)
                .list();
    }

    void saveChange(long stationId, LocalDate scheduled, LocalDate movedTo, String notice, long userId, Instant now) {
        jdbc.sql("""
                        insert into reception_exception (station_id, scheduled, action, moved_to, notice, created_by, created_at)
                        values (:s, :d, :action, :to, :notice, :u, :now)
                        on conflict (station_id, scheduled) do update
                        set action = excluded.action, moved_to = excluded.moved_to, notice = excluded.notice,
                            created_by = excluded.created_by, created_at = excluded.created_at""")
                .param("s", stationId).param("d", Date.valueOf(scheduled)).param("action", movedTo == null ? "CANCELLED" : "MOVED")
                .param("to", movedTo == null ? null : Date.valueOf(movedTo)).param("notice", notice).param("u", userId)
                .param("now", Timestamp.from(now)).update();
    }

    boolean deleteChange(long stationId, LocalDate scheduled) {
        return jdbc.sql("delete from reception_exception where station_id = :s and scheduled = :d")
                .param("s", stationId).param("d", Date.valueOf(scheduled)).update() > 0;
    }

    /** Deputy ids on duty per reception day (by its scheduled date). */
    Map<LocalDate, Set<Long>> duty(long stationId, LocalDate from, LocalDate to) {
        Map<LocalDate, Set<Long>> result = new HashMap<>();
        jdbc.sql("""
                        select scheduled, deputy_id from reception_duty
                        where station_id = :s and scheduled between :from and :to order by scheduled, deputy_id""")
                .param("s", stationId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(rs -> {
                    result.computeIfAbsent(rs.getDate("scheduled").toLocalDate(), k -> new LinkedHashSet<>()).add(rs.getLong("deputy_id"));
                });
        return result;
    }

    void replaceDuty(long stationId, LocalDate scheduled, List<Long> deputyIds) {
        jdbc.sql("delete from reception_duty where station_id = :s and scheduled = :d")
                .param("s", stationId).param("d", Date.valueOf(scheduled)).update();
        for (long deputy : new LinkedHashSet<>(deputyIds)) {
            jdbc.sql("insert into reception_duty (station_id, scheduled, deputy_id) values (:s, :d, :p)")
                    .param("s", stationId).param("d", Date.valueOf(scheduled)).param("p", deputy).update();
        }
    }

    /** The deputies on duty on the latest reception day before {@code before} that has any. */
    Set<Long> lastDutyBefore(long stationId, LocalDate before) {
        return new LinkedHashSet<>(jdbc.sql("""
                        select deputy_id from reception_duty
                        where station_id = :s and scheduled = (select max(scheduled) from reception_duty
                                                               where station_id = :s and scheduled < :d)""")
                .param("s", stationId).param("d", Date.valueOf(before)).query(Long.class).list());
    }

    /** Serializes changes to one station's schedule (rules, exceptions, duty) for the rest of the transaction. */
    void lock(long stationId) {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK_SPACE + stationId).query((rs, n) -> 1).list();
    }

    private static List<Integer> ints(Array array) throws SQLException {
        return Arrays.stream((Integer[]) array.getArray()).toList();
    }
}
