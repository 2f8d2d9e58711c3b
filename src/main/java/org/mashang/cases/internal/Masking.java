package org.mashang.cases.internal;

import java.util.regex.Pattern;

/** Hides personal data in text shown to the public: phone numbers, ID-card numbers, the names residents gave. */
public final class Masking {

    private static final Pattern ID_CARD = Pattern.compile("(?<!\\d)(\\d{4})\\d{10}(\\d{3}[\\dXx])(?!\\d)");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)[\\s-]?\\d{4}[\\s-]?(\\d{4})(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)(0\\d{2,3})-?\\d{3,4}(\\d{4})(?!\\d)");

    private Masking() {
    }

    public static String mask(String text, String... names) {
        if (text == null) {
            return null;
        }
        String out = ID_CARD.matcher(text).replaceAll("$1**********$2");
        out = MOBILE.matcher(out).replaceAll("$1****$2");
        out = LANDLINE.matcher(out).replaceAll("$1-****$2");
        for (String name : names) {
            if (name != null && name.strip().length() >= 2) {
                String n = name.strip();
                out = out.replace(n, n.charAt(0) + "*".repeat(n.length() - 1));
            }
        }
        return out;
    }
}
