package org.mashang.cases.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.mashang.platform.Codes;

/** Secret query codes: 8 digits (easy on a phone keypad), stored only as a salted hash. */
final class QueryCodes {

    private QueryCodes() {
    }

    static String newCode() {
        return Codes.digits(8);
    }

    static String hash(String ticket, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((ticket + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String ticket, String code, String storedHash) {
        return MessageDigest.isEqual(hash(ticket, code).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** People type codes with spaces or dashes, as printed; keep digits only. */
    static String normalize(String raw) {
        return raw == null ? "" : raw.replaceAll("[^0-9]", "");
    }
}
