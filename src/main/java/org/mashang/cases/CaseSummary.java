package org.mashang.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A line in a workbench list.
 *
 * @param due         the most urgent open stage against its deadline, or null when no clock runs
 * @param urgency     the case's urgency class (紧急程度), its clocks follow it
 * @param urgencyName the class's name as configured
 * @param deputyId    the responsible deputy, null for a station's pool case
 */
public record CaseSummary(long id, String ticket, CaseState state, Channel channel, String deputyName, String categoryName,
                          String blockName, String excerpt, Instant submittedAt, Instant updatedAt, int reopenCount,
                          @Nullable StageStatus due, org.mashang.calendar.Urgency urgency, String urgencyName,
                          @Nullable Long deputyId) {

    /** Urgent cases are flagged in every workbench. */
    public boolean urgent() {
        return urgency == org.mashang.calendar.Urgency.URGENT;
    }

    /** In a deputy's workbench: a case they joined (联名), which another deputy answers. */
    public boolean joinedBy(long deputy) {
        return deputyId != null && deputyId != deputy;
    }
}
