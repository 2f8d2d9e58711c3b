package org.mashang.cases;

import java.time.Instant;

/**
 * The resident evaluated the handling of their case.
 *
 * @param followUp staff recorded it by phone (回访) for a resident who could not evaluate online: counted separately
 */
public record CaseEvaluated(long caseId, Satisfaction satisfaction, Instant occurredAt, boolean followUp) {

    public CaseEvaluated(long caseId, Satisfaction satisfaction, Instant occurredAt) {
        this(caseId, satisfaction, occurredAt, false);
    }
}
