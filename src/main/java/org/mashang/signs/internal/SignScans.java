package org.mashang.signs.internal;

import jakarta.annotation.PreDestroy;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Scan counters: one number per code and day, no personal data. A scan is counted in memory, so showing a page
 * writes nothing; the counts go to the database in one statement every {@code mashang.signs.scan-flush-interval}
 * (10 s) and when the application stops. A crash loses at most the scans of that interval on that instance.
 */
@Repository
@RequiredArgsConstructor
public class SignScans {

    private static final Logger log = LoggerFactory.getLogger(SignScans.class);

    private record Key(ScanKind kind, long targetId, LocalDate day) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ConcurrentHashMap<Key, AtomicLong> pending = new ConcurrentHashMap<>();

    public void record(ScanKind kind, long targetId, LocalDate day) {
        Key key = new Key(kind, targetId, day);
        AtomicLong count = pending.get(key);
        if (count == null) {
            count = pending.computeIfAbsent(key, k -> new AtomicLong());
        }
        count.incrementAndGet();
    }

    /** Adds the counts held in memory to the database, in one statement; what cannot be written is kept for the next time. */
    @Scheduled(fixedDelayString = "${mashang.signs.scan-flush-interval:10s}", initialDelayString = "${mashang.signs.scan-flush-interval:10s}")
    @PreDestroy
    public synchronized void flush() {
        List<Key> keys = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        LocalDate stale = LocalDate.now(clock).minusDays(2);
        for (var entry : pending.entrySet()) {
            long n = entry.getValue().getAndSet(0);
            if (n > 0) {
                keys.add(entry.getKey());
                counts.add(n);
            } else if (entry.getKey().day().isBefore(stale)) {
                // nobody counts for a day that long gone any more
                pending.remove(entry.getKey(), entry.getValue());
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        try {
            jdbc.sql("""
                            insert into sign_scan (kind, target_id, day, scans)
                            select * from unnest(cast(:kinds as varchar[]), cast(:targets as bigint[]), cast(:days as date[]),
                                                 cast(:counts as bigint[]))
                            on conflict (kind, target_id, day) do update set scans = sign_scan.scans + excluded.scans""")
                    .param("kinds", keys.stream().map(k -> k.kind().name()).toArray(String[]::new))
                    .param("targets", keys.stream().map(Key::targetId).toArray(Long[]::new))
                    .param("days", keys.stream().map(k -> Date.valueOf(k.day())).toArray(Date[]::new))
                    .param("counts", counts.toArray(Long[]::new))
                    .update();
        } catch (RuntimeException e) {
            log.warn("Cannot store {} scan counts now; keeping them for the next try", keys.size(), e);
            for (int i = 0; i < keys.size(); i++) {
                pending.computeIfAbsent(keys.get(i), k -> new AtomicLong()).addAndGet(counts.get(i));
            }
        }
    }

    /** Scans of each target in the last 7 and 30 days up to {@code today}, and in all. */
    public Map<Long, Counts> counts(ScanKind kind, Collection<Long> targetIds, LocalDate today) {
        Map<Long, Counts> counts = new HashMap<>();
        if (targetIds.isEmpty()) {
            return counts;
        }
        flush();
        jdbc.sql("""
                        select target_id,
                               coalesce(sum(scans) filter (where day > :today - 7), 0) last7,
                               coalesce(sum(scans) filter (where day > :today - 30), 0) last30,
                               sum(scans) total
                        from sign_scan where kind = :kind and target_id = any(:ids) and day <= :today
                        group by target_id""")
                .param("kind", kind.name()).param("ids", targetIds.toArray(Long[]::new)).param("today", today)
                .query(rs -> {
                    counts.put(rs.getLong("target_id"), new Counts(rs.getLong("last7"), rs.getLong("last30"), rs.getLong("total")));
                });
        return counts;
    }

    /** Scans per day of all the given deputies' and stations' codes together, from {@code from} to {@code to}. */
    public Map<LocalDate, Long> daily(Collection<Long> deputyIds, Collection<Long> stationIds, LocalDate from, LocalDate to) {
        Map<LocalDate, Long> days = new HashMap<>();
        flush();
        jdbc.sql("""
                        select day, sum(scans) scans from sign_scan
                        where day between :from and :to
                          and ((kind = 'DEPUTY' and target_id = any(:deputies)) or (kind = 'STATION' and target_id = any(:stations)))
                        group by day""")
                // arrays, not a parameter per id: a province's 100,000 deputies are over the driver's 65,535
                .param("from", from).param("to", to)
                .param("deputies", deputyIds.toArray(Long[]::new)).param("stations", stationIds.toArray(Long[]::new))
                .query(rs -> {
                    days.put(rs.getObject("day", LocalDate.class), rs.getLong("scans"));
                });
        return days;
    }

    public record Counts(long last7, long last30, long total) {
        public static final Counts NONE = new Counts(0, 0, 0);
    }
}
