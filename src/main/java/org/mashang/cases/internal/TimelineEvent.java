package org.mashang.cases.internal;

import java.time.Instant;
import org.mashang.cases.ActorRole;
import org.mashang.cases.EventType;

/**
 * One entry of a case's timeline, as stored.
 *
 * @param keyId the server key that sealed it ({@link TimelineSeal}); 0 for an event hashed before the keys
 */
public record TimelineEvent(long id, long caseId, int seq, EventType type, ActorRole actorRole, Long actorUserId, String actorName,
                            Instant occurredAt, String body, boolean isPublic, String prevHash, String hash, int keyId) {
}
