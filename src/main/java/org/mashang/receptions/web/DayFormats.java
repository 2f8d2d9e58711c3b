package org.mashang.receptions.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.mashang.receptions.ReceptionDay;
import org.mashang.receptions.ScheduleRules;
import org.springframework.stereotype.Component;

/** Dates as reception pages show them: {@code ${@days.day(d)}} → 11月30日 周一. */
@Component("days")
class DayFormats {

    public String day(LocalDate date) {
        return date == null ? "" : date.getMonthValue() + "月" + date.getDayOfMonth() + "日 " + ScheduleRules.weekdayName(date.getDayOfWeek());
    }

    public String full(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + day(date);
    }

    /** 周一 … 周日 for ISO day numbers 1 … 7. */
    public String weekday(int isoDay) {
        return ScheduleRules.weekdayName(java.time.DayOfWeek.of(isoDay));
    }

    /** Days named by the rules that fell on a day off: 原定10月1日（国庆节）、10月6日（周一）. */
    public String movedOff(List<ReceptionDay.DayOff> days) {
        return "原定" + days.stream().map(d -> d.date().getMonthValue() + "月" + d.date().getDayOfMonth() + "日（" + d.reason() + "）")
                .collect(Collectors.joining("、"));
    }
}
