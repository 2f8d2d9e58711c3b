package org.mashang.platform.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.mashang.platform.RateLimits;
import org.mashang.platform.TooManyRequests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link RateLimits} in two tables: counters per fixed window, and attempts in a row for growing delays. */
@Component
class JdbcRateLimits implements RateLimits {

    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    static final Duration FORGIVEN_AFTER = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcRateLimits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void take(String bucket, String key, int limit, Duration window, String message) {
        Instant now = clock.instant();
        if (increment(bucket, key, window, now) > limit) {
            throw refused(message, windowEnd(window, now), now);
        }
    }

    @Override
    public void check(String bucket, String key, int limit, Duration window, String message) {
        Instant now = clock.instant();
        int hits = jdbc.sql("select hits from rate_limit_counter where bucket = :b and key = :k and window_start = :w")
                .param("b", bucket).param("k", key(key)).param("w", Timestamp.from(windowStart(window, now)))
                .query(Integer.class).optional().orElse(0);
        if (hits >= limit) {
            throw refused(message, windowEnd(window, now), now);
        }
    }

    @Override
    public int count(String bucket, String key, Duration window) {
        return increment(bucket, key, window, clock.instant());
    }

    private int increment(String bucket, String key, Duration window, Instant now) {
        return jdbc.sql("""
                        insert into rate_limit_counter (bucket, key, window_start, hits) values (:b, :k, :w, 1)
                        on conflict (bucket, key, window_start) do update set hits = rate_limit_counter.hits + 1
                        returning hits""")
                .param("b", bucket).param("k", key(key)).param("w", Timestamp.from(windowStart(window, now)))
                .query(Integer.class).single();
    }

    @Override
    @Transactional
    public void attempt(String bucket, String key, int freeAttempts, String message) {
        Instant now = clock.instant();
        String k = key(key);
        // one attempt at a time per key, on any instance: parallel guesses cannot all pass before any is counted
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:lock))").param("lock", "rate:" + bucket + ":" + k).query((rs, n) -> 1).list();
        var last = jdbc.sql("select failures, last_at from rate_limit_attempt where bucket = :b and key = :k")
                .param("b", bucket).param("k", k)
                .query((rs, n) -> new Object[]{rs.getInt(1), rs.getTimestamp(2).toInstant()}).optional();
        int failures = last.filter(r -> ((Instant) r[1]).isAfter(now.minus(FORGIVEN_AFTER))).map(r -> (Integer) r[0]).orElse(0);
        if (failures >= freeAttempts) {
            Instant allowed = ((Instant) last.get()[1]).plus(wait(failures - freeAttempts));
            if (now.isBefore(allowed)) {
                throw refused(message, allowed, now);
            }
        }
        jdbc.sql("""
                        insert into rate_limit_attempt (bucket, key, failures, last_at) values (:b, :k, :f, :now)
                        on conflict (bucket, key) do update set failures = excluded.failures, last_at = excluded.last_at""")
                .param("b", bucket).param("k", k).param("f", failures + 1).param("now", Timestamp.from(now)).update();
    }

    /** 30 s after the first attempt over the free ones, doubling, at most an hour. */
    static Duration wait(int over) {
        return over >= 7 ? LONGEST_WAIT : FIRST_WAIT.multipliedBy(1L << over);
    }

    @Override
    public void succeeded(String bucket, String key) {
        jdbc.sql("delete from rate_limit_attempt where bucket = :b and key = :k").param("b", bucket).param("k", key(key)).update();
    }

    /** Counts of past windows are of no use: dropped every hour, by any instance (deleting twice is harmless). */
    @Scheduled(fixedDelayString = "${mashang.limits.cleanup-interval:1h}", initialDelayString = "${mashang.limits.cleanup-interval:1h}")
    void forgetOldCounts() {
        Instant now = clock.instant();
        jdbc.sql("delete from rate_limit_counter where window_start < :t").param("t", Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
        jdbc.sql("delete from rate_limit_attempt where last_at < :t").param("t", Timestamp.from(now.minus(FORGIVEN_AFTER))).update();
    }

    private static TooManyRequests refused(String message, Instant until, Instant now) {
        Duration wait = Duration.between(now, until);
        return new TooManyRequests(message.replace("{wait}", TooManyRequests.wait(wait)), wait);
    }

    private static Instant windowStart(Duration window, Instant now) {
        long size = window.toMillis();
        return Instant.ofEpochMilli(now.toEpochMilli() / size * size);
    }

    private static Instant windowEnd(Duration window, Instant now) {
        return windowStart(window, now).plus(window);
    }

    private static String key(String key) {
        String k = key == null || key.isBlank() ? "unknown" : key.strip();
        return k.length() > 128 ? k.substring(0, 128) : k;
    }
}
