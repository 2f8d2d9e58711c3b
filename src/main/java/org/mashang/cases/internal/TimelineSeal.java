package org.mashang.cases.internal;

import java.util.Map;
import java.util.TreeMap;
import javax.crypto.spec.SecretKeySpec;
import org.mashang.platform.Hmac;
import org.mashang.platform.ServerSecrets;
import org.springframework.stereotype.Component;

/**
 * The keys that seal the timeline (HMAC-SHA-256), kept outside the database ({@link ServerSecrets}
 * {@code timeline-key.1}, {@code timeline-key.2} …). New events are sealed with the highest; every key ever used must
 * stay, or the events it sealed no longer verify. Rotation: add the next key (env {@code MASHANG_SECRETS_TIMELINE_KEY_2}
 * or a line in the secrets file) and restart every instance.
 */
@Component
class TimelineSeal {

    private final Map<Integer, SecretKeySpec> keys = new TreeMap<>();
    private final int current;

    TimelineSeal(ServerSecrets secrets) {
        secrets.get("timeline-key.1", ServerSecrets::newKey);
        int id = 1;
        for (String key = secrets.find("timeline-key.1"); key != null; key = secrets.find("timeline-key." + ++id)) {
            keys.put(id, Hmac.key(key));
        }
        current = id - 1;
    }

    int currentKey() {
        return current;
    }

    boolean knows(int keyId) {
        return keys.containsKey(keyId);
    }

    /** @return the hex HMAC of the text under the key; the key must be known */
    String seal(int keyId, String text) {
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalArgumentException("unknown timeline key " + keyId);
        }
        return Hmac.hex(key, text);
    }
}
