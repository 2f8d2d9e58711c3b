package org.mashang.cases;

import java.time.Instant;

/** A new message is in: published in the same transaction that stored it. */
public record CaseSubmitted(long caseId, String ticket, Channel channel, Long deputyId, long stationId, long streetId,
                            boolean hasContact, Instant occurredAt, long categoryId, Long blockId) {
}
