package org.mashang.cases.internal;

import org.jspecify.annotations.Nullable;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.Phones;
import org.mashang.platform.Texts;

/**
 * The checks every intake path makes: of the resident's name and phone, with the same messages; of where the message
 * goes and its text, by the same rules in each path's own words.
 */
final class IntakeChecks {

    static final int MAX_TEXT = 2000;

    /** What each path says when a message's deputy, category, block or text fails its check. */
    record Words(String deputy, String category, String block, String noText) {
    }

    private IntakeChecks() {
    }

    /**
     * The deputy must serve at the station, the category be active, the block lie in the station's street, the text be
     * there and at most {@value #MAX_TEXT} characters.
     *
     * @return the cleaned text
     */
    static String message(Directory directory, StationCard station, @Nullable Long deputyId, long categoryId,
                          @Nullable Long blockId, String rawText, Words words) {
        if (deputyId != null && !directory.servesAt(station.id(), deputyId)) {
            throw new FieldProblem("deputyId", words.deputy());
        }
        if (!directory.isActiveCategory(categoryId)) {
            throw new FieldProblem("categoryId", words.category());
        }
        if (blockId != null && !directory.isBlockOf(station.streetId(), blockId)) {
            throw new FieldProblem("blockId", words.block());
        }
        String text = Texts.clean(rawText);
        if (text == null || text.length() > MAX_TEXT) {
            throw new FieldProblem("text", text == null ? words.noText() : "问题描述不能超过 2000 字");
        }
        return text;
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
