package org.mashang.connector.internal;

import java.time.Instant;
import lombok.RequiredArgsConstructor;

/** One assignment handed over to an external department's system, and where that stands. */
public record Handover(long id, long assignmentId, long departmentId, Status status, int attempts, Instant nextAttemptAt,
                       String lastError, String token, String remoteId, String lastNote, Instant createdAt, Instant updatedAt) {

    @RequiredArgsConstructor
    public enum Status {
        PENDING("待发送"), SENT("已发送，跟踪中"), DONE("已反馈"), FAILED("失败");

        private final String label;

        public String label() {
            return label;
        }
    }
}
