package org.mashang.cases;

import java.time.Instant;

/** A line in a workbench list. */
public record CaseSummary(long id, String ticket, CaseState state, Channel channel, String deputyName, String categoryName,
                          String blockName, String excerpt, Instant submittedAt, Instant updatedAt, int reopenCount) {
}
