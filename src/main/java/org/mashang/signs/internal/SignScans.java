package org.mashang.signs.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Scan counters: one number per code and day, no personal data. */
@Repository
public class SignScans {

    private final JdbcClient jdbc;

    SignScans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(ScanKind kind, long targetId, LocalDate day) {
        jdbc.sql("""
                        insert into sign_scan (kind, target_id, day, scans) values (:kind, :target, :day, 1)
                        on conflict (kind, target_id, day) do update set scans = sign_scan.scans + 1""")
                .param("kind", kind.name()).param("target", targetId).param("day", day)
                .update();
    }

    /** Scans of each target in the last 7 and 30 days up to {@code today}, and in all. */
    public Map<Long, Counts> counts(ScanKind kind, Collection<Long> targetIds, LocalDate today) {
        Map<Long, Counts> counts = new HashMap<>();
        if (targetIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select target_id,
                               coalesce(sum(scans) filter (where day > :today - 7), 0) last7,
                               coalesce(sum(scans) filter (where day > :today - 30), 0) last30,
                               sum(scans) total
                        from sign_scan where kind = :kind and target_id in (:ids) and day <= :today
                        group by target_id""")
                .param("kind", kind.name()).param("ids", List.copyOf(targetIds)).param("today", today)
                .query(rs -> {
                    counts.put(rs.getLong("target_id"), new Counts(rs.getLong("last7"), rs.getLong("last30"), rs.getLong("total")));
                });
        return counts;
    }

    /** Scans per day of all the given deputies' and stations' codes together, from {@code from} to {@code to}. */
    public Map<LocalDate, Long> daily(Collection<Long> deputyIds, Collection<Long> stationIds, LocalDate from, LocalDate to) {
        Map<LocalDate, Long> days = new HashMap<>();
        jdbc.sql("""
                        select day, sum(scans) scans from sign_scan
                        where day between :from and :to
                          and ((kind = 'DEPUTY' and target_id in (:deputies)) or (kind = 'STATION' and target_id in (:stations)))
                        group by day""")
                .param("from", from).param("to", to)
                .param("deputies", deputyIds.isEmpty() ? List.of(-1L) : List.copyOf(deputyIds))
                .param("stations", stationIds.isEmpty() ? List.of(-1L) : List.copyOf(stationIds))
                .query(rs -> {
                    days.put(rs.getObject("day", LocalDate.class), rs.getLong("scans"));
                });
        return days;
    }

    public record Counts(long last7, long last30, long total) {
        public static final Counts NONE = new Counts(0, 0, 0);
    }
}
