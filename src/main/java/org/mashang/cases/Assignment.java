package org.mashang.cases;

import java.time.Instant;
import java.time.LocalDate;
import org.mashang.cases.AssignmentState;

public record Assignment(long id, long caseId, int round, long departmentId, String departmentName, AssignmentState state,
                         LocalDate dueDate, String instructions, Instant dispatchedAt, Long dispatchedBy, Instant reportedAt,
                         String feedback, String returnReason, Integer extensionDays, String extensionReason) {
}
