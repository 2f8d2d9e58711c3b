package org.mashang.cases.internal;

import org.jspecify.annotations.Nullable;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.Phones;
import org.mashang.platform.Texts;

/** The checks every intake path makes of the resident's name and phone, with the same messages. */
final class IntakeChecks {

    private IntakeChecks() {
    }

    /** @return the cleaned name, or null when none was given */
    static @Nullable String name(String raw) {
        String name = Texts.clean(raw);
        if (name != null && name.length() > 50) {
            throw new FieldProblem("name", "称呼不能超过 50 个字");
        }
        return name;
    }

    /** @return the normalized phone, or null when none was given */
    static String phone(String raw) {
        String phone = Phones.normalize(raw);
        if (phone != null && !Phones.isValid(phone)) {
            throw new FieldProblem("phone", "电话号码格式不正确：请填写 11 位手机号，或带区号的固定电话（如 0731-12345678）");
        }
        return phone;
    }
}
