package org.mashang.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A case moved from one state to another; published inside the transaction that made the change,
 * so listeners that write (notifications outbox, statistics) commit or roll back with it. It carries what they need, so
 * they never read the case back.
 *
 * @param publicText the text of the step shown to the resident (a reply, the reason of a refusal); null when none is
 * @param contact    how to reach the resident; null when they left neither a phone nor an email
 */
public record CaseTransitioned(long caseId, String ticket, CaseAction action, CaseState from, CaseState to, @Nullable Long deputyId,
                               long stationId, long streetId, Instant occurredAt, @Nullable String publicText,
                               CaseContacts.ResidentContact contact) {
}
