package org.mashang.cases;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything staff in scope see of one case; {@code blockId} is the block the resident chose, if any, and
 * {@code categoryId} its category (the dispatch catalogue is looked up by both); {@code supporters} the other residents
 * following it (我也反映, merged messages), their phones as this role sees the case's own.
 */
public record CaseDetail(CaseSummary summary, @Nullable Long deputyId, long stationId, String stationName, boolean pool, String messageText,
                         String publicText, boolean wantsPublic, boolean isPublic, String residentName, String residentPhone,
                         boolean contactVerified, List<UUID> photos, List<AssignmentView> assignments,
                         List<TimelineEntry> timeline, Set<CaseAction> allowedActions, Satisfaction satisfaction,
                         String proposalNumber, String mergedIntoTicket, List<Long> suggestedDepartments, boolean timelineIntact,
                         String suggestedPublicText, List<StageStatus> openStages, @Nullable Long blockId,
                         long categoryId, List<CaseSupporter> supporters) {

    public long id() {
        return summary.id();
    }

    public String ticket() {
        return summary.ticket();
    }

    public CaseState state() {
        return summary.state();
    }

    public boolean allows(String action) {
        return allowedActions.contains(CaseAction.valueOf(action));
    }
}
