package org.mashang.platform.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The limits' two tables: hits per bucket, key and fixed window; failed attempts in a row per bucket and key. */
@Repository
@RequiredArgsConstructor
class RateLimitRepository {

    /** Failed attempts in a row, and when the last one was. */
    record Attempts(int failures, Instant lastAt) {
    }

    private final JdbcClient jdbc;

    int hits(String bucket, String key, Instant windowStart) {
        return jdbc.sql("select hits from rate_limit_counter where bucket = :b and key = :k and window_start = :w")
                .param("b", bucket).param("k", key).param("w", Timestamp.from(windowStart))
                .query(Integer.class).optional().orElse(0);
    }

    /** @return the hits in the window, these included */
    int addHits(String bucket, String key, Instant windowStart, int count) {
        return jdbc.sql("""
                        insert into rate_limit_counter (bucket, key, window_start, hits) values (:b, :k, :w, :n)
                        on conflict (bucket, key, window_start) do update set hits = rate_limit_counter.hits + :n
                        returning hits""")
                .param("b", bucket).param("k", key).param("w", Timestamp.from(windowStart)).param("n", count)
                .query(Integer.class).single();
    }

    /** Holds until the transaction ends: one attempt at a time per bucket and key, on any instance. */
    void lockAttempts(String bucket, String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:lock))").param("lock", "rate:" + bucket + ":" + key).query((rs, n) -> 1).list();
    }

    Optional<Attempts> attempts(String bucket, String key) {
        return jdbc.sql("select failures, last_at from rate_limit_attempt where bucket = :b and key = :k")
                .param("b", bucket).param("k", key).query(Attempts.class).optional();
    }

    void saveAttempts(String bucket, String key, int failures, Instant lastAt) {
        jdbc.sql("""
                        insert into rate_limit_attempt (bucket, key, failures, last_at) values (:b, :k, :f, :now)
                        on conflict (bucket, key) do update set failures = excluded.failures, last_at = excluded.last_at""")
                .param("b", bucket).param("k", key).param("f", failures).param("now", Timestamp.from(lastAt)).update();
    }

    void forgetAttempts(String bucket, String key) {
        jdbc.sql("delete from rate_limit_attempt where bucket = :b and key = :k").param("b", bucket).param("k", key).update();
    }

    /** Drops the counts of windows that started before {@code windowsBefore} and attempts last made before {@code attemptsBefore}. */
    void forgetOlder(Instant windowsBefore, Instant attemptsBefore) {
        jdbc.sql("delete from rate_limit_counter where window_start < :t").param("t", Timestamp.from(windowsBefore)).update();
        jdbc.sql("delete from rate_limit_attempt where last_at < :t").param("t", Timestamp.from(attemptsBefore)).update();
    }
}
