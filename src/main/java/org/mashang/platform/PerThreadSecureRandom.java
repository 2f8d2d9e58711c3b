package org.mashang.platform;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Strong random bytes from a generator of the calling thread's own (DRBG, seeded by the system). The default
 * {@code new SecureRandom()} on Linux reads through one lock shared by the whole JVM, which many requests making
 * tokens at once queue for.
 */
public final class PerThreadSecureRandom extends SecureRandom {

    private static final ThreadLocal<SecureRandom> LOCAL = ThreadLocal.withInitial(() -> {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    });

    @Override
    public void nextBytes(byte[] bytes) {
        LOCAL.get().nextBytes(bytes);
    }

    /** Random bytes from the calling thread's generator. */
    public static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        LOCAL.get().nextBytes(bytes);
        return bytes;
    }
}
