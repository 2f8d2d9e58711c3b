package org.mashang.platform;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** A limit was reached: answered 429 with the message and a Retry-After of {@link #retryAfter()}. */
public class TooManyRequests extends UserFacingException {

    private final Duration retryAfter;

    public TooManyRequests(String message, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, message);
        this.retryAfter = retryAfter.isNegative() || retryAfter.isZero() ? Duration.ofSeconds(1) : retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, as the Retry-After header wants them. */
    public long retryAfterSeconds() {
        return (retryAfter.toMillis() + 999) / 1000;
    }

    /** "30 秒", "5 分钟", "2 小时" for the message. */
    public static String wait(Duration d) {
        long s = Math.max(1, (d.toMillis() + 999) / 1000);
        if (s < 60) {
            return s + " 秒";
        }
        long minutes = (s + 59) / 60;
        return minutes < 120 ? minutes + " 分钟" : (minutes + 59) / 60 + " 小时";
    }
}
