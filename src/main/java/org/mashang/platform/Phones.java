package org.mashang.platform;

import java.util.regex.Pattern;

/** Phone numbers of mainland China: mobiles (11 digits starting with 1) and landlines with area code. */
public final class Phones {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

    private Phones() {
    }

    /** Removes the spaces and dashes people type between digit groups, keeping a landline's area-code dash. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().replace(" ", "");
        if (s.startsWith("+86")) {
            s = s.substring(3);
        }
        return s.isEmpty() ? null : s;
    }

    public static boolean isValid(String normalized) {
        return normalized != null && (MOBILE.matcher(normalized).matches() || LANDLINE.matcher(normalized).matches());
    }

    /** A mobile number shown with its middle hidden, as 138****5678; other numbers unchanged. */
    public static String masked(String normalized) {
        return isMobile(normalized) ? normalized.substring(0, 3) + "****" + normalized.substring(7) : normalized;
    }

    /** A number for someone who should not call it unasked: a mobile as 138****5678, any other all but its last four. */
    public static String hidden(String normalized) {
        if (normalized == null || isMobile(normalized)) {
            return masked(normalized);
        }
        return "****" + normalized.substring(Math.max(0, normalized.length() - 4));
    }

    public static boolean isMobile(String normalized) {
        return normalized != null && MOBILE.matcher(normalized).matches();
    }
}
