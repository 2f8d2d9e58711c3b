package org.mashang;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.mashang.platform.Zones;

/**
 * The application's clock in tests: the real time until a test sets it, then frozen at that instant until the
 * test moves it on or resets it. Shared by every test of a context, so tests that set it reset it afterwards.
 */
public class TestClock extends Clock {

    private volatile Instant frozen;

    public void set(LocalDateTime chinaTime) {
        frozen = chinaTime.atZone(Zones.CHINA).toInstant();
    }

    public void set(Instant instant) {
        frozen = instant;
    }

    public void advance(Duration duration) {
        frozen = instant().plus(duration);
    }

    public void reset() {
        frozen = null;
    }

    @Override
    public ZoneId getZone() {
        return Zones.CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant f = frozen;
        return f != null ? f : Instant.now();
    }
}
