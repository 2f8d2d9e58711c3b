package org.mashang.notify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mashang.cases.CaseContacts;

/** The addresses a resident is reached at, compared so that one person following a case twice hears of a step once. */
final class ResidentAddresses {

    private ResidentAddresses() {
    }

    static List<String> of(CaseContacts.ResidentContact contact) {
        List<String> addresses = new ArrayList<>(2);
        if (contact.phone() != null) {
            addresses.add("phone:" + contact.phone());
        }
        if (contact.email() != null) {
            addresses.add("email:" + contact.email().strip().toLowerCase(Locale.ROOT));
        }
        return addresses;
    }
}
