package org.mashang.platform.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.mashang.platform.CookieSeal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM with a random nonce per value. The key comes from {@code mashang.cookie-key} (base64, 32 bytes) or,
 * when that is unset, from the {@code cookie_key} row the first instance creates; it is read once, on first use.
 */
@Component
class AesCookieSeal implements CookieSeal {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /**
     * One cipher per request thread, initialised again for every value: looking the transformation up among the
     * providers was most of the seal's cost, paid twice on each message a resident sends (the pass is written, then read).
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(AesCookieSeal::newCipher);

    private final CookieKeyRepository keys;
    private final String configuredKey;
    private volatile SecretKeySpec key;

    AesCookieSeal(CookieKeyRepository keys, @Value("${mashang.cookie-key:}") String configuredKey) {
        this.keys = keys;
        this.configuredKey = configuredKey;
    }

    @Override
    public String seal(String value) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return ENCODER.encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<String> open(String token) {
        if (token == null || token.isEmpty() || token.length() > 4096) {
            return Optional.empty();
        }
        try {
            byte[] all = DECODER.decode(token);
            if (all.length <= NONCE) {
                return Optional.empty();
            }
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, all, 0, NONCE));
            return Optional.of(new String(cipher.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException damagedOrForeign) {
            return Optional.empty();
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(loadKey(), "AES");
                }
                k = key;
            }
        }
        return k;
    }

    private byte[] loadKey() {
        if (!configuredKey.isBlank()) {
            byte[] given = Base64.getDecoder().decode(configuredKey.strip());
            if (given.length != 32) {
                throw new IllegalStateException("mashang.cookie-key must be 32 bytes, base64-encoded");
            }
            return given;
        }
        var stored = keys.stored();
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        // the first instance to get here stores its key; every other one reads that same row
        return keys.storeFirst(fresh);
    }
}
