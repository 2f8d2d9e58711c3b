package org.mashang.receptions.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.mashang.receptions.ActivityKind;

/** An activity of deputies as recorded; {@code photos} and {@code issues} are counts. */
public record ActivityRecord(long id, long stationId, ActivityKind kind, LocalDate day, String topic, String place, Long blockId,
                             int attendance, String summary, String recordedByName, Instant recordedAt, int photos, int issues) {

    /** What to call it in a list: the topic, or the kind and place. */
    public String title() {
        return topic != null ? topic : kind.label() + "（" + place + "）";
    }
}
