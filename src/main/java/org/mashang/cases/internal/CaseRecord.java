package org.mashang.cases.internal;

import java.time.Instant;
import java.util.List;
import org.mashang.cases.CaseContacts;
import org.mashang.cases.CaseState;
import org.mashang.cases.Channel;
import org.mashang.cases.Satisfaction;

/** A case row as stored. */
public record CaseRecord(long id, String ticket, String queryCodeHash, Channel channel, Long deputyId, long stationId, long streetId,
                         long categoryId, Long blockId, String messageText, String publicText, boolean wantsPublic,
                         String residentName, String residentPhone, boolean contactVerified, CaseState state,
                         Instant submittedAt, Instant updatedAt, int version, boolean pool, String scopeKey, boolean isPublic,
                         Satisfaction satisfaction, int reopenCount, Long mergedInto, String proposalNumber,
                         List<Long> suggestedDepartments, String residentEmail,
                         org.mashang.calendar.Urgency urgency) {

    /** How to reach the resident; null when they left neither a phone nor an email. */
    public CaseContacts.ResidentContact contact() {
        return residentPhone == null && residentEmail == null ? null
                : new CaseContacts.ResidentContact(id, ticket, residentName, residentPhone, residentEmail, contactVerified);
    }
}
