package org.mashang.receptions.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A reception held at a station.
 *
 * @param scheduled   the reception day it was held for (its date as the rules give it); null for an extra reception
 * @param extraReason why an extra reception was held on a day that is not a reception day
 * @param issues      how many issues raised there were entered as cases
 */
public record ReceptionRecord(long id, long stationId, LocalDate day, @Nullable LocalDate scheduled, String extraReason, int residentsReceived,
                              String notes, String recordedByName, Instant recordedAt, int issues) {
}
