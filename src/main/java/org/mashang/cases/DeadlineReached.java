package org.mashang.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mashang.calendar.Stage;

/**
 * A stage of a case became due soon or overdue; published once per stage and kind (even with several
 * instances running), inside the transaction that records it. OVERDUE means escalation (督办).
 *
 * @param assignmentId  and departmentId: set for the ASSIGNMENT stage only
 */
public record DeadlineReached(long caseId, String ticket, Stage stage, Kind kind, Instant dueAt, @Nullable Long deputyId, @Nullable Long assignmentId,
                              @Nullable Long departmentId, long stationId, long streetId, Instant occurredAt) {

    public enum Kind {
        DUE_SOON("即将到期"),
        OVERDUE("已逾期，督办");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
