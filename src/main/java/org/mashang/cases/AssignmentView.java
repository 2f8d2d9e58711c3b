package org.mashang.cases;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One assignment as staff see it; {@code role} is 主办 or 协办 when the dispatch named a lead, else null. */
/** @param urgentFlag the urgent class's name when the case is urgent (flagged in the department's workbench), else null */
public record AssignmentView(long id, long caseId, String ticket, int round, long departmentId, String departmentName,
                             AssignmentState state, LocalDate dueDate, String instructions, Instant dispatchedAt,
                             Instant reportedAt, String feedback, String returnReason, @Nullable Integer extensionDays,
                             String extensionReason, StageStatus clock, String role, String urgentFlag) {
}
