package org.mashang.platform;

import java.time.Duration;

/**
 * Counters in PostgreSQL, so a limit holds whichever instance a request reaches. A bucket names what is counted
 * ("message-address"), a key whom (an address, a phone, a ticket). Refusals are {@link TooManyRequests}.
 */
public interface RateLimits {

    /**
     * Counts one event in the current window (fixed windows of {@code window}) and refuses it when that makes more
     * than {@code limit}. {@code message} may say "{wait}", replaced by the time until the window ends.
     */
    void take(String bucket, String key, int limit, Duration window, String message);

    /** Refuses when the current window already holds {@code limit} events; counts nothing. */
    void check(String bucket, String key, int limit, Duration window, String message);

    /** Counts one event without refusing; @return the count in the current window, this one included */
    int count(String bucket, String key, Duration window);

    /**
     * An attempt that must wait longer after each failure: once {@code freeAttempts} attempts in a row have not
     * succeeded, the next waits 30 s after the last, then 1, 2, 4 … minutes, at most an hour; a day without attempts
     * starts again. Counts the attempt (it is a failure until {@link #succeeded}); refuses it while it must wait.
     */
    void attempt(String bucket, String key, int freeAttempts, String message);

    /** The attempts in a row end: the next starts free. */
    void succeeded(String bucket, String key);
}
