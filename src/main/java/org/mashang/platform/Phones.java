package org.mashang.platform;

import java.util.List;
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

    /**
     * The forms a number typed in any way (spaces, dashes, brackets, +86) may have been stored in: a mobile as its eleven
     * digits; a landline with and without the dash after a three- or four-digit area code. Empty when it is no number.
     */
    public static List<String> storedForms(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s\\-()（）.]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        if (!digits.matches("\\d{7,12}")) {
            return List.of();
        }
        if (!digits.startsWith("0")) {
            return List.of(digits);
        }
        return List.of(digits, digits.substring(0, 3) + "-" + digits.substring(3), digits.substring(0, 4) + "-" + digits.substring(4));
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
