package org.mashang.receptions.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A reception day cancelled ({@code movedTo} null) or moved, with its public notice. */
public record DayChange(long stationId, LocalDate scheduled, @Nullable LocalDate movedTo, String notice) {

    public boolean cancelled() {
        return movedTo == null;
    }
}
