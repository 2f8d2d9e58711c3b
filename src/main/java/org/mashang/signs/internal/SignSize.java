package org.mashang.signs.internal;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.UserFacingException;

/** Paper sizes a sign is laid out for, portrait, in millimetres. */
@RequiredArgsConstructor
public enum SignSize {
    A4(210, 297),
    A5(148, 210);

    private final float width;
    private final float height;

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** @param value what was asked for ({@code a4}, {@code A5}); empty means A4 */
    public static SignSize parse(String value) {
        if (value == null || value.isBlank()) {
            return A4;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw UserFacingException.badRequest("纸张规格只能是 A4 或 A5");
        }
    }

    public String lower() {
        return name().toLowerCase(Locale.ROOT);
    }
}
