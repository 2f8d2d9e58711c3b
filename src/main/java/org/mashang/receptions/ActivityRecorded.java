package org.mashang.receptions;

import org.mashang.platform.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An activity was recorded, published in the recording transaction: for statistics (forums held and their attendance,
 * money recovered …, per deputy and per block).
 *
 * @param blockId  the block it was held in; null when not given
 * @param outcomes the outcome figures as recorded
 */
public record ActivityRecorded(long activityId, long stationId, long streetId, ActivityKind kind, LocalDate day, @Nullable Long blockId,
                               int attendance, List<Long> deputyIds, List<Outcome> outcomes) {

    public ActivityRecorded {
        deputyIds = List.copyOf(deputyIds);
        outcomes = List.copyOf(outcomes);
    }
}
