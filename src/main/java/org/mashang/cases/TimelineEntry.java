package org.mashang.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One step of a case as people see it. */
public record TimelineEntry(int seq, String type, String typeLabel, String actorLabel, String actorName, Instant occurredAt,
                            String body, boolean isPublic, List<UUID> files) {
}
