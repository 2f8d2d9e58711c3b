package org.mashang.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mashang.calendar.Stage;

/**
 * A clocked stage ended (the step was done, or the case moved on). On time when it ended before its deadline,
 * the deadline as it stood then (after pauses and extensions).
 *
 * @param assignmentId set for an assignment's stage
 */
public record StageCompleted(long caseId, Stage stage, @Nullable Long assignmentId, Instant startedAt, Instant dueAt, Instant completedAt) {

    public boolean onTime() {
        return completedAt.isBefore(dueAt);
    }
}
