package org.mashang.cases;

import java.time.Instant;

/**
 * A case moved from one state to another; published inside the transaction that made the change,
 * so listeners that write (notifications outbox, statistics) commit or roll back with it.
 */
public record CaseTransitioned(long caseId, String ticket, CaseAction action, CaseState from, CaseState to, Long deputyId,
                               long stationId, long streetId, Instant occurredAt) {
}
