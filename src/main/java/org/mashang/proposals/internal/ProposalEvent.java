package org.mashang.proposals.internal;

import java.time.Instant;

/** A step on a proposal's timeline. */
public record ProposalEvent(String type, String actorName, Instant occurredAt, String body, boolean isPublic) {
}
