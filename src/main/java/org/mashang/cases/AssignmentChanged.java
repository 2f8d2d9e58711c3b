package org.mashang.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A department's assignment was created (action null) or moved by an action.
 *
 * @param streetId the street whose committee dispatched the case
 */
public record AssignmentChanged(long assignmentId, long caseId, String ticket, long departmentId, AssignmentAction action,
                                AssignmentState state, LocalDate dueDate, Instant occurredAt, long streetId) {
}
