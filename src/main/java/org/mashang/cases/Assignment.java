package org.mashang.cases;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mashang.cases.AssignmentState;

public record Assignment(long id, long caseId, int round, long departmentId, String departmentName, AssignmentState state,
                         LocalDate dueDate, String instructions, Instant dispatchedAt, @Nullable Long dispatchedBy, Instant reportedAt,
                         String feedback, String returnReason, @Nullable Integer extensionDays, String extensionReason,
                         @Nullable Long leadAssignmentId) {

    /** A co-handler (协办) reports to the lead's assignment; a lead or a department dispatched alone names none. */
    public boolean coHandling() {
        return leadAssignmentId != null;
    }

    /** 协办 for a co-handler, 主办 for a lead that has co-handlers among {@code all}, null for a department dispatched alone. */
    public @Nullable String roleAmong(java.util.Collection<Assignment> all) {
        if (coHandling()) {
            return "协办";
        }
        return all.stream().anyMatch(o -> o.leadAssignmentId() != null && o.leadAssignmentId() == id) ? "主办" : null;
    }
}
