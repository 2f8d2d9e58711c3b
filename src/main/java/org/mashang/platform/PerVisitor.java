package org.mashang.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * Values on a public page that must differ for each visitor even when the page comes from memory (see
 * {@link PublicPages}). While a page is rendered to be kept, {@link #formKey} gives a placeholder that is replaced by a
 * fresh key for each visitor it is sent to.
 */
public final class PerVisitor {

    /** Request attribute holding the placeholder while a page is rendered to be kept. */
    public static final String FORM_KEY_PLACEHOLDER = PerVisitor.class.getName() + ".formKey";

    private PerVisitor() {
    }

    /**
     * A fresh random key for a form (against sending it twice), 36 characters. It must be unguessable: a form sent
     * again with the same key gets the earlier case's receipt.
     */
    public static String formKey(HttpServletRequest request) {
        Object placeholder = request.getAttribute(FORM_KEY_PLACEHOLDER);
        return placeholder instanceof String p ? p : newFormKey();
    }

    /** A random (version 4) UUID, from the thread's own generator: pages are sent by many threads at once. */
    public static String newFormKey() {
        byte[] b = PerThreadSecureRandom.bytes(16);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(b);
        return new UUID(buffer.getLong(), buffer.getLong()).toString();
    }
}
