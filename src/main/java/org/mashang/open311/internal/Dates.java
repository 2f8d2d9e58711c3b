package org.mashang.open311.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.mashang.platform.Zones;

/** GeoReport's dates: ISO 8601 with the offset, in China's time ({@code 2026-12-01T09:30:00+08:00}). */
final class Dates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private Dates() {
    }

    static String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant.atZone(Zones.CHINA));
    }

    /** A date parameter: an ISO 8601 date-time with Z or an offset; 400 otherwise. */
    static Instant parse(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // an unencoded "+08:00" in a query string arrives as " 08:00"
            return OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw new Open311Error(400, name + " 须是带时区的 ISO 8601 时间，如 2026-12-01T00:00:00+08:00 或 2026-11-30T16:00:00Z");
        }
    }
}
