package org.mashang.platform;

/** Small helpers for text typed into forms. */
public final class Texts {

    private Texts() {
    }

    /** Trimmed text, or null when nothing but whitespace was typed. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        return s.isEmpty() ? null : s;
    }
}
