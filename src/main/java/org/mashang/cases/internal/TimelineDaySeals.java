package org.mashang.cases.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.mashang.platform.Zones;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each street's timeline events of a day, sealed together once the day is over: an HMAC-SHA-256 under the current
 * timeline key of every event's seal in order, chained to the street's previous sealed day. The seals are published
 * (/cases/seals), so anyone who keeps a copy can later show that a past day was rewritten, whatever was done to the
 * database. Any instance may seal; a day sealed twice gets the same digest and the first row stays.
 */
@Component
public class TimelineDaySeals {

    /** A day is sealed a while after it ends, once no transaction begun that day can still be adding to it. */
    static final Duration SETTLE = Duration.ofMinutes(10);

    public record DaySeal(long streetId, LocalDate day, int events, long lastEventId, String prevDigest, int keyId, String digest,
                          Instant sealedAt) {
    }

    private final JdbcClient jdbc;
    private final TimelineSeal seal;
    private final Clock clock;
    private final boolean scheduled;

    TimelineDaySeals(JdbcClient jdbc, TimelineSeal seal, Clock clock,
                     @Value("${mashang.timeline.day-seals-scheduled:true}") boolean scheduled) {
        this.jdbc = jdbc;
        this.seal = seal;
        this.clock = clock;
        this.scheduled = scheduled;
    }

    @Scheduled(fixedDelayString = "${mashang.timeline.day-seal-interval:10m}", initialDelayString = "${mashang.timeline.day-seal-delay:1m}")
    void sealFinishedDays() {
        if (!scheduled) {
            return; // tests seal the days they choose
        }
        sealThrough(LocalDate.ofInstant(clock.instant().minus(SETTLE), Zones.CHINA).minusDays(1));
    }

    /** Seals every street's days up to and including {@code lastDay} not sealed yet; @return how many were sealed */
    @Transactional
    public int sealThrough(LocalDate lastDay) {
        Instant end = start(lastDay.plusDays(1));
        Instant since = jdbc.sql("select max(day) from timeline_day_seal").query(LocalDate.class).optional()
                .map(d -> start(d.minusDays(1))).orElse(Instant.EPOCH);
        List<Object[]> days = jdbc.sql("""
                        select c.street_id, (e.occurred_at at time zone 'Asia/Shanghai')::date as day
                        from case_event e join cases c on c.id = e.case_id
                        where e.occurred_at >= :since and e.occurred_at < :end
                        group by 1, 2 order by 1, 2""")
                .param("since", Timestamp.from(since)).param("end", Timestamp.from(end))
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getDate(2).toLocalDate()}).list();
        int sealed = 0;
        for (Object[] d : days) {
            long street = (Long) d[0];
            LocalDate day = (LocalDate) d[1];
            var last = latest(street);
            if (last != null && !day.isAfter(last.day())) {
                continue;
            }
            DaySeal s = compute(street, day, last == null ? Timeline.GENESIS : last.digest(), seal.currentKey());
            sealed += jdbc.sql("""
                            insert into timeline_day_seal (street_id, day, events, last_event_id, prev_digest, key_id, digest, sealed_at)
                            values (:s, :d, :n, :last, :prev, :key, :digest, :at) on conflict do nothing""")
                    .param("s", street).param("d", Date.valueOf(day)).param("n", s.events()).param("last", s.lastEventId())
                    .param("prev", s.prevDigest()).param("key", s.keyId()).param("digest", s.digest())
                    .param("at", Timestamp.from(clock.instant())).update();
        }
        return sealed;
    }

    /** Whether a published seal still matches the events of its day as they are stored now. */
    public boolean verify(DaySeal published) {
        return seal.knows(published.keyId())
                && compute(published.streetId(), published.day(), published.prevDigest(), published.keyId()).digest()
                .equals(published.digest());
    }

    /** The most recent seals, newest first. */
    public List<DaySeal> recent(int days) {
        return jdbc.sql("select * from timeline_day_seal where day >= :from order by day desc, street_id")
                .param("from", Date.valueOf(LocalDate.ofInstant(clock.instant(), Zones.CHINA).minusDays(days)))
                .query((rs, n) -> new DaySeal(rs.getLong("street_id"), rs.getDate("day").toLocalDate(), rs.getInt("events"),
                        rs.getLong("last_event_id"), rs.getString("prev_digest"), rs.getInt("key_id"), rs.getString("digest"),
                        rs.getTimestamp("sealed_at").toInstant()))
                .list();
    }

    private DaySeal latest(long street) {
        return jdbc.sql("select * from timeline_day_seal where street_id = :s order by day desc limit 1").param("s", street)
                .query((rs, n) -> new DaySeal(street, rs.getDate("day").toLocalDate(), rs.getInt("events"), rs.getLong("last_event_id"),
                        rs.getString("prev_digest"), rs.getInt("key_id"), rs.getString("digest"), rs.getTimestamp("sealed_at").toInstant()))
                .optional().orElse(null);
    }

    private DaySeal compute(long street, LocalDate day, String prevDigest, int keyId) {
        List<Object[]> events = jdbc.sql("""
                        select e.id, e.hash from case_event e join cases c on c.id = e.case_id
                        where c.street_id = :s and e.occurred_at >= :from and e.occurred_at < :to order by e.id""")
                .param("s", street).param("from", Timestamp.from(start(day))).param("to", Timestamp.from(start(day.plusDays(1))))
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2)}).list();
        String text = "street:" + street + "\u001fday:" + day + "\u001fprev:" + prevDigest + "\u001f"
                + events.stream().map(e -> e[0] + ":" + e[1]).collect(Collectors.joining("\n"));
        long last = events.isEmpty() ? 0 : (Long) events.get(events.size() - 1)[0];
        return new DaySeal(street, day, events.size(), last, prevDigest, keyId, seal.seal(keyId, text), null);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(Zones.CHINA).toInstant();
    }
}
