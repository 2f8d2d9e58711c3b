package org.mashang;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.mashang.platform.Zones;

/** A clock tests can set and move, shared by the application context it is registered in. */
public class TestClock extends Clock {

    private volatile Instant now = Instant.now();

    public void set(LocalDateTime chinaTime) {
        now = chinaTime.atZone(Zones.CHINA).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void reset() {
        now = Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return Zones.CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
