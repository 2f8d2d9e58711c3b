package org.mashang.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mashang.calendar.DayKind;
import org.mashang.calendar.WorkingCalendar;

/** What makes a recorded day valid, checked alike for the single-day form and every line of an uploaded file. */
final class DayRules {

    static final int MAX_NAME = 20;

    /** A problem with one field of a day, in Chinese. */
    record Problem(String field, String message) {
    }

    private DayRules() {
    }

    /** @return the first problem of the day, or null when it may be recorded */
    static @Nullable Problem check(LocalDate date, DayKind kind, String name) {
        if (date.getYear() < WorkingCalendar.FIRST_YEAR || date.getYear() > WorkingCalendar.LAST_YEAR) {
            return new Problem("date", "日期应在 " + WorkingCalendar.FIRST_YEAR + " 年到 " + WorkingCalendar.LAST_YEAR + " 年之间");
        }
        if (!kind.isSpecial()) {
            return new Problem("kind", "类型只能是放假（法定节假日）或调休上班");
        }
        if (kind == DayKind.ADJUSTED_WORKDAY && !isWeekend(date)) {
            return new Problem("kind", date + " 是" + weekday(date) + "，本来就上班，不能设为调休上班（调休上班只能是星期六或星期日）");
        }
        if (name == null || name.isBlank()) {
            return new Problem("name", "请填写所属节日，如 春节");
        }
        if (name.strip().length() > MAX_NAME) {
            return new Problem("name", "节日名称不能超过 " + MAX_NAME + " 个字");
        }
        return null;
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** 星期一 … 星期日 */
    static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA);
    }
}
