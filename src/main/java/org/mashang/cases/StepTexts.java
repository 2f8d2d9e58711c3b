package org.mashang.cases;

import org.jspecify.annotations.Nullable;
import org.mashang.platform.UserFacingException;

/** The texts staff type into a step (a reply, a reason): line breaks normalised, trimmed, limited. */
public final class StepTexts {

    /** The longest reply, feedback or proposal text. */
    public static final int MAX_TEXT = 4000;

    private StepTexts() {
    }

    /** @throws UserFacingException 400 when empty or too long */
    public static String required(String text, String what, int max) {
        String t = normalised(text);
        if (t.isEmpty()) {
            throw UserFacingException.badRequest("请填写" + what);
        }
        return limited(t, what, max);
    }

    /** @return null when nothing was typed */
    public static @Nullable String optional(String text, String what, int max) {
        String t = limited(normalised(text), what, max);
        return t.isEmpty() ? null : t;
    }

    private static String normalised(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").strip();
    }

    private static String limited(String t, String what, int max) {
        if (t.length() > max) {
            throw UserFacingException.badRequest(what + "不能超过 " + max + " 个字");
        }
        return t;
    }
}
