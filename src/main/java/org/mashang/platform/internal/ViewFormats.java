package org.mashang.platform.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.mashang.platform.Zones;
import org.springframework.stereotype.Component;

/** Dates and times as pages show them, always in China's time: {@code ${@fmt.dateTime(x)}}. */
@Component("fmt")
class ViewFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(Zones.CHINA);

    public String dateTime(Instant instant) {
        return Zones.dateTime(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
