package org.mashang.platform;

import java.time.ZoneId;

public final class Zones {

    /** Deadlines and dates shown to people are in China's time, whatever the server's zone. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Zones() {
    }
}
