package org.mashang.cases.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.spec.SecretKeySpec;
import org.mashang.platform.Codes;
import org.mashang.platform.Hmac;
import org.mashang.platform.ServerSecrets;
import org.springframework.stereotype.Component;

/**
 * Secret query codes: 8 digits (easy on a phone keypad), stored only as an HMAC-SHA-256 under the server's
 * {@code query-code-key} (see {@link ServerSecrets}) of the SHA-256 of ticket and code. 10^8 codes are tried in minutes
 * against a bare hash; without the key, which is not in the database, a copy of the database does not help. Hashes
 * stored before the key (plain SHA-256) are re-keyed in place: the HMAC is taken of the stored value itself.
 */
@Component
class QueryCodes {

    private final SecretKeySpec key;

    QueryCodes(ServerSecrets secrets) {
        this.key = Hmac.key(secrets.get("query-code-key", ServerSecrets::newKey));
    }

    static String newCode() {
        return Codes.digits(8);
    }

    /** The value stored for a new code. */
    String hash(String ticket, String code) {
        return rekey(legacy(ticket, code));
    }

    /** The keyed form of a hash stored before the key existed. */
    String rekey(String legacyHash) {
        return Hmac.hex(key, legacyHash);
    }

    /** @param keyed whether the stored hash is already keyed; old rows wait for the one-off re-keying */
    boolean matches(String ticket, String code, String storedHash, boolean keyed) {
        String expected = keyed ? hash(ticket, code) : legacy(ticket, code);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    static String legacy(String ticket, String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((ticket + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** People type codes with spaces or dashes, as printed; keep digits only. */
    static String normalize(String raw) {
        return raw == null ? "" : raw.replaceAll("[^0-9]", "");
    }
}
