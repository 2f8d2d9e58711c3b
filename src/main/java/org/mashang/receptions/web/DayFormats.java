package org.mashang.receptions.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mashang.receptions.ReceptionDay;
import org.mashang.receptions.ScheduleRules;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as reception pages show them, in the page's language: {@code ${@days.day(d)}} → 11月30日 周一, or Mon 30 Nov.
 * Names of holidays are data and stay as entered.
 */
@Component("days")
class DayFormats {

    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter EN_FULL = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    public String day(LocalDate date) {
        if (date == null) {
            return "";
        }
        return english() ? EN_DAY.format(date)
                : date.getMonthValue() + "月" + date.getDayOfMonth() + "日 " + ScheduleRules.weekdayName(date.getDayOfWeek());
    }

    public String full(LocalDate date) {
        if (date == null) {
            return "";
        }
        return english() ? EN_FULL.format(date) : date.getYear() + "年" + day(date);
    }

    /** 周一 … 周日 for ISO day numbers 1 … 7. */
    public String weekday(int isoDay) {
        return ScheduleRules.weekdayName(java.time.DayOfWeek.of(isoDay));
    }

    /** Days named by the rules that fell on a day off: 原定10月1日（国庆节）、10月6日（周一）. */
    public String movedOff(List<ReceptionDay.DayOff> days) {
        if (english()) {
            return "Due on " + days.stream().map(d -> d.date().getDayOfMonth() + " "
                    + d.date().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " (" + d.reason() + ")")
                    .collect(Collectors.joining(", "));
        }
        return "原定" + days.stream().map(d -> d.date().getMonthValue() + "月" + d.date().getDayOfMonth() + "日（" + d.reason() + "）")
                .collect(Collectors.joining("、"));
    }

    /** The rules in words: 每月15日、每周一, or the 15th of every month, every Monday. */
    public String rules(ScheduleRules rules) {
        if (!english()) {
            return rules.describe();
        }
        if (rules.isEmpty()) {
            return "no fixed reception days yet";
        }
        String months = rules.monthDays().isEmpty() ? "" : "day " + rules.monthDays().stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + " of every month";
        String weeks = rules.weekdays().isEmpty() ? "" : "every " + rules.weekdays().stream()
                .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).collect(Collectors.joining(", "));
        return months.isEmpty() ? weeks : weeks.isEmpty() ? months : months + ", " + weeks;
    }

    private static boolean english() {
        return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
