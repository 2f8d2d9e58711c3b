/**
 * Notifications and the resident's identity: a transactional outbox filled by listeners to the case events,
 * delivered by a worker through SMS, email or the dev channel; templates administrators edit; phone
 * verification by one-time code. Other modules may add a {@link org.mashang.notify.NotificationChannel}.
 */
@NullMarked
package org.mashang.notify;

import org.jspecify.annotations.NullMarked;
