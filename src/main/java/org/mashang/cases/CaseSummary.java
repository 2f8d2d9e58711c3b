package org.mashang.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A line in a workbench list.
 *
 * @param due the most urgent open stage against its deadline, or null when no clock runs
 */
public record CaseSummary(long id, String ticket, CaseState state, Channel channel, String deputyName, String categoryName,
                          String blockName, String excerpt, Instant submittedAt, Instant updatedAt, int reopenCount,
                          @Nullable StageStatus due) {
}
