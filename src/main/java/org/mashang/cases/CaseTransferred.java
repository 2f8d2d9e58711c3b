package org.mashang.cases;

import java.time.Instant;

/**
 * A case handed between levels (转送 up, 退回 down): published inside the transaction of the transfer, so listeners that
 * write (the notifications outbox) commit or roll back with it.
 *
 * @param fromRegionId the region of the committee that held it
 * @param toRegionId   the region of the committee that holds it now
 */
public record CaseTransferred(long caseId, String ticket, long fromRegionId, long toRegionId, boolean upward, Instant occurredAt) {
}
