package org.mashang.cases;

import java.time.Instant;

/** The resident evaluated the handling of their case. */
public record CaseEvaluated(long caseId, Satisfaction satisfaction, Instant occurredAt) {
}
