package org.mashang.platform;

import org.jspecify.annotations.Nullable;

/** Small helpers for text typed into forms. */
public final class Texts {

    private Texts() {
    }

    /** Trimmed text, or null when nothing but whitespace was typed. */
    public static @Nullable String clean(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        return s.isEmpty() ? null : s;
    }
}
