package org.mashang.cases;

import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.calendar.Stage;

/**
 * A stage of a case became due soon or overdue; published once per stage and kind (even with several
 * instances running), inside the transaction that records it. OVERDUE means escalation (督办).
 *
 * @param assignmentId    and departmentId: set for the ASSIGNMENT stage only
 * @param holdingRegionId the region of the committee holding the case (its street, or the district or city it was
 *                        transferred up to): its dispatchers are the ones an escalation goes to
 */
public record DeadlineReached(long caseId, String ticket, Stage stage, Kind kind, Instant dueAt, @Nullable Long deputyId, @Nullable Long assignmentId,
                              @Nullable Long departmentId, long stationId, long streetId, long holdingRegionId, Instant occurredAt) {

    /** A case its own street's committee holds. */
    public DeadlineReached(long caseId, String ticket, Stage stage, Kind kind, Instant dueAt, @Nullable Long deputyId,
                           @Nullable Long assignmentId, @Nullable Long departmentId, long stationId, long streetId, Instant occurredAt) {
        this(caseId, ticket, stage, kind, dueAt, deputyId, assignmentId, departmentId, stationId, streetId, streetId, occurredAt);
    }

    /** Held by a committee above its street's, after a transfer up (转送). */
    public boolean heldAbove() {
        return holdingRegionId != streetId;
    }

    @RequiredArgsConstructor
    public enum Kind {
        DUE_SOON("即将到期"),
        OVERDUE("已逾期，督办");

        private final String label;

        public String label() {
            return label;
        }
    }
}
