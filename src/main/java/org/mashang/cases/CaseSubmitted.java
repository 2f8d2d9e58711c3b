package org.mashang.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A new message is in: published in the same transaction that stored it.
 *
 * @param scopeKey the street's place in the regions, the key data scopes and statistics filter on
 * @param contact  how to reach the resident; null when they left neither a phone nor an email
 */
public record CaseSubmitted(long caseId, String ticket, Channel channel, @Nullable Long deputyId, long stationId, long streetId,
                            Instant occurredAt, long categoryId, @Nullable Long blockId, String scopeKey,
                            CaseContacts.ResidentContact contact) {

    public boolean hasContact() {
        return contact != null;
    }
}
