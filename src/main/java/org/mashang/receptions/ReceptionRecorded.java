package org.mashang.receptions;

import java.time.LocalDate;
import java.util.List;

/**
 * A reception was recorded at a station, published in the recording transaction: for statistics (residents received
 * at the station, per deputy).
 */
public record ReceptionRecorded(long receptionId, long stationId, long streetId, LocalDate day, boolean onReceptionDay,
                                int residentsReceived, List<Long> deputyIds) {

    public ReceptionRecorded {
        deputyIds = List.copyOf(deputyIds);
    }
}
