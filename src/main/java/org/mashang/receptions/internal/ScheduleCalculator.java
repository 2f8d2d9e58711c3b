package org.mashang.receptions.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mashang.calendar.CalendarDay;
import org.mashang.calendar.DayKind;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.receptions.ReceptionDay.DayOff;
import org.mashang.receptions.ScheduleRules;

/**
 * The reception days a station's rules give in a range of dates: every date the rules name, moved to the next
 * working day when it is a day off, several landing on the same day kept once.
 */
final class ScheduleCalculator {

    /** Longer than any run of days off in China's calendar: a date this far back cannot move into the range. */
    static final int LOOK_BACK_DAYS = 31;

    private ScheduleCalculator() {
    }

    /**
     * A reception day as the rules give it.
     *
     * @param movedOff the dates named by the rules that fell on a day off and moved here
     */
    record Computed(LocalDate date, List<DayOff> movedOff) {
    }

    static List<Computed> compute(ScheduleRules rules, WorkingCalendar calendar, LocalDate from, LocalDate to) {
        Map<LocalDate, List<DayOff>> days = new TreeMap<>();
        if (rules.isEmpty()) {
            return List.of();
        }
        for (LocalDate d = from.minusDays(LOOK_BACK_DAYS); !d.isAfter(to); d = d.plusDays(1)) {
            if (!rules.names(d)) {
                continue;
            }
            CalendarDay day = calendar.day(d);
            if (day.isWorking()) {
                days.computeIfAbsent(d, k -> new ArrayList<>());
            } else {
                days.computeIfAbsent(calendar.addWorkingDays(d, 1), k -> new ArrayList<>()).add(new DayOff(d, reason(day)));
            }
        }
        List<Computed> result = new ArrayList<>();
        days.forEach((date, movedOff) -> {
            if (!date.isBefore(from) && !date.isAfter(to)) {
                result.add(new Computed(date, movedOff));
            }
        });
        return result;
    }

    /** Why a day is off: the holiday's name, or the weekend day. */
    static String reason(CalendarDay day) {
        if (day.kind() == DayKind.HOLIDAY && day.name() != null) {
            return day.name();
        }
        return day.date().getDayOfWeek() == DayOfWeek.SATURDAY ? "周六" : day.date().getDayOfWeek() == DayOfWeek.SUNDAY ? "周日" : "休息日";
    }
}
