package org.mashang.receptions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * When a station holds reception days: on these days of every month and these days of every week. A day that falls
 * on a day off (weekend or statutory holiday) is held on the next working day instead.
 *
 * @param monthDays days of the month, 1 to 28 (so that every month has them)
 * @param weekdays  days of the week
 */
public record ScheduleRules(SortedSet<Integer> monthDays, SortedSet<DayOfWeek> weekdays) {

    public static final int LAST_MONTH_DAY = 28;

    /** The pilot's rule and every station's default: the 15th of every month and every Monday. */
    public static final ScheduleRules DEFAULT = new ScheduleRules(new TreeSet<>(Set.of(15)), new TreeSet<>(Set.of(DayOfWeek.MONDAY)));

    private static final List<String> WEEKDAY_NAMES = List.of("周一", "周二", "周三", "周四", "周五", "周六", "周日");

    public ScheduleRules {
        for (int day : monthDays) {
            if (day < 1 || day > LAST_MONTH_DAY) {
                throw new IllegalArgumentException("day of month " + day);
            }
        }
        monthDays = Collections.unmodifiableSortedSet(new TreeSet<>(monthDays));
        weekdays = Collections.unmodifiableSortedSet(new TreeSet<>(weekdays));
    }

    /** Whether the rules name this date (before any move off a day off). */
    public boolean names(LocalDate date) {
        return monthDays.contains(date.getDayOfMonth()) || weekdays.contains(date.getDayOfWeek());
    }

    public boolean isEmpty() {
        return monthDays.isEmpty() && weekdays.isEmpty();
    }

    /** In words, as residents read it: "每月15日、每周一". */
    public String describe() {
        if (isEmpty()) {
            return "暂未设定固定接待日";
        }
        String months = monthDays.isEmpty() ? "" : "每月" + monthDays.stream().map(d -> d + "日").collect(Collectors.joining("、"));
        String weeks = weekdays.isEmpty() ? "" : "每" + weekdays.stream().map(ScheduleRules::weekdayName).collect(Collectors.joining("、"));
        return months.isEmpty() ? weeks : weeks.isEmpty() ? months : months + "、" + weeks;
    }

    /** 周一 … 周日. */
    public static String weekdayName(DayOfWeek day) {
        return WEEKDAY_NAMES.get(day.getValue() - 1);
    }
}
