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
import org.mashang.platform.Sealer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM with a random key the first instance makes and stores in {@code platform_key}; every instance reads the
 * same one (once), so a value sealed by one opens on another.
 */
@Component
class DatabaseKeySealer implements Sealer {

    private static final String KEY_NAME = "sealer";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();
    private volatile SecretKeySpec key;

    DatabaseKeySealer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String seal(String text) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal", e);
        }
    }

    @Override
    public Optional<String> open(String sealed) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(sealed);
            if (bytes.length <= IV_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return Optional.of(new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            // not base64, not ours, or changed on the way
            return Optional.empty();
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            jdbc.sql("insert into platform_key (name, key_bytes) values (:name, :key) on conflict (name) do nothing")
                    .param("name", KEY_NAME).param("key", fresh).update();
            byte[] stored = jdbc.sql("select key_bytes from platform_key where name = :name").param("name", KEY_NAME)
                    .query(byte[].class).single();
            known = new SecretKeySpec(stored, "AES");
            key = known;
        }
        return known;
    }
}
