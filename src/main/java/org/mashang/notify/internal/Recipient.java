package org.mashang.notify.internal;

import org.mashang.accounts.StaffContact;
import org.mashang.notify.RecipientKind;

/**
 * Someone to notify.
 *
 * @param key  stable within the kind (a user id, "resident", a committee), part of the idempotency key
 * @param link where the notification leads them: the tracking page for residents, a workbench page for staff
 */
public record Recipient(RecipientKind kind, String key, String name, String phone, String email, String link) {

    static Recipient staff(RecipientKind kind, StaffContact user, String link) {
        return new Recipient(kind, "user-" + user.userId(), user.displayName(), user.phone(), user.email(), link);
    }
}
