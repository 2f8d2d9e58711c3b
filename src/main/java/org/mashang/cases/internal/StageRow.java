package org.mashang.cases.internal;

import java.time.Instant;
import org.mashang.calendar.Stage;

public record StageRow(long id, long caseId, Stage stage, Long assignmentId, Instant startedAt, Instant dueAt, Instant warnAt,
                       Instant pausedAt, String pauseReason, Instant completedAt, Instant warnedAt, Instant escalatedAt) {
}
