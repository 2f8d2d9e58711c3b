package org.mashang.open311.internal;

import java.time.Instant;

/** A platform's key as the admin page shows it; the key itself is never stored. */
public record ApiKey(long id, String name, int hourlyLimit, Instant createdAt, String createdBy, Instant revokedAt,
                     Instant lastUsedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
