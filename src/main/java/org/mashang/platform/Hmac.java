package org.mashang.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 in hex: the keyed hashes the site stores instead of secrets (query codes, WeChat openids), the seals of the
 * timeline and the signatures of requests to the SMS gateway.
 */
public final class Hmac {

    private Hmac() {
    }

    /** A key from a server secret as {@link ServerSecrets} keeps it (Base64). */
    public static SecretKeySpec key(String base64) {
        return key(Base64.getDecoder().decode(base64));
    }

    public static SecretKeySpec key(byte[] raw) {
        return new SecretKeySpec(raw, "HmacSHA256");
    }

    /** The HMAC of the text's UTF-8 bytes under the key, in lower-case hex. */
    public static String hex(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
