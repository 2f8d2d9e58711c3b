package org.mashang.cases;

import java.time.Instant;
import java.util.List;

/**
 * A case on the public wall: the reviewed text with personal data masked, and its public timeline.
 *
 * @param timelineVerified the whole timeline (internal steps too) checked against its seals: nothing changed since
 *                         recorded; only checked when the timeline is shown
 * @param residents        how many residents raised it (群众反映): the one who opened it and those who joined it or whose
 *                         own message was merged into it; a count, never who
 */
public record PublicCase(String ticket, CaseState state, Channel channel, String deputyName, String deputyCode, String categoryName,
                         String blockName, String publicText, Instant submittedAt, Satisfaction satisfaction,
                         List<TimelineEntry> timeline, List<StageStatus> openStages, boolean timelineVerified,
                         int residents) {
}
