package org.mashang.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mashang.platform.GroupCommit;
import org.mashang.platform.RateLimits;
import org.mashang.platform.TooManyRequests;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link RateLimits} kept in PostgreSQL, so they hold across instances: counters per fixed window, and attempts in a row for
 * growing delays. Hits counted at the same moment are added together (a {@link GroupCommit}): under load from one address
 * its counter's row takes one update for many requests instead of one each, and each request still gets its own number.
 */
@Component
class StoredRateLimits implements RateLimits {

    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    static final Duration FORGIVEN_AFTER = Duration.ofDays(1);

    private static final Comparator<Hit> ORDER = Comparator.comparing(Hit::bucket).thenComparing(Hit::key).thenComparing(Hit::windowStart);

    private final RateLimitRepository limits;
    private final Clock clock;
    private final GroupCommit<Hit, Integer> hits;

    StoredRateLimits(RateLimitRepository limits, Clock clock, TransactionTemplate tx) {
        this.limits = limits;
        this.clock = clock;
        this.hits = new GroupCommit<>(tx, this::addAll, this::add, 64);
    }

    /** One hit on a counter. */
    record Hit(String bucket, String key, Instant windowStart) {
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
        int hits = limits.hits(bucket, key(key), windowStart(window, now));
        if (hits >= limit) {
            throw refused(message, windowEnd(window, now), now);
        }
    }

    @Override
    public int count(String bucket, String key, Duration window) {
        return increment(bucket, key, window, clock.instant());
    }

    private int increment(String bucket, String key, Duration window, Instant now) {
        return hits.submit(new Hit(bucket, key(key), windowStart(window, now)));
    }

    private int add(Hit hit) {
        return limits.addHits(hit.bucket(), hit.key(), hit.windowStart(), 1);
    }

    /** Each counter once, by how many hits it got, in one order for all (two groups never wait for each other crosswise). */
    private List<Integer> addAll(List<Hit> group) {
        Map<Hit, Integer> counted = new TreeMap<>(ORDER);
        group.forEach(h -> counted.merge(h, 1, Integer::sum));
        Map<Hit, Integer> next = new HashMap<>();
        counted.forEach((h, n) -> next.put(h, limits.addHits(h.bucket(), h.key(), h.windowStart(), n) - n + 1));
        List<Integer> numbers = new ArrayList<>(group.size());
        for (Hit h : group) {
            numbers.add(next.merge(h, 1, Integer::sum) - 1);
        }
        return numbers;
    }

    @Override
    @Transactional
    public void attempt(String bucket, String key, int freeAttempts, String message) {
        Instant now = clock.instant();
        String k = key(key);
        // one attempt at a time per key, on any instance: parallel guesses cannot all pass before any is counted
        limits.lockAttempts(bucket, k);
        var last = limits.attempts(bucket, k);
        int failures = last.filter(a -> a.lastAt().isAfter(now.minus(FORGIVEN_AFTER))).map(RateLimitRepository.Attempts::failures)
                .orElse(0);
        if (failures >= freeAttempts) {
            Instant allowed = last.get().lastAt().plus(wait(failures - freeAttempts));
            if (now.isBefore(allowed)) {
                throw refused(message, allowed, now);
            }
        }
        limits.saveAttempts(bucket, k, failures + 1, now);
    }

    /** 30 s after the first attempt over the free ones, doubling, at most an hour. */
    static Duration wait(int over) {
        return over >= 7 ? LONGEST_WAIT : FIRST_WAIT.multipliedBy(1L << over);
    }

    @Override
    public void succeeded(String bucket, String key) {
        limits.forgetAttempts(bucket, key(key));
    }

    /** Counts of past windows are of no use: dropped every hour, by any instance (deleting twice is harmless). */
    @Scheduled(fixedDelayString = "${mashang.limits.cleanup-interval:1h}", initialDelayString = "${mashang.limits.cleanup-interval:1h}")
    void forgetOldCounts() {
        Instant now = clock.instant();
        limits.forgetOlder(now.minus(Duration.ofDays(1)), now.minus(FORGIVEN_AFTER));
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
