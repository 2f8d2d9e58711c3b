package org.mashang.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mashang.calendar.CalendarDay;
import org.mashang.calendar.DayKind;
import org.mashang.calendar.WorkingCalendar;

/** The twelve months of a year as grids of weeks from Monday to Sunday, for the calendar page. */
final class YearGrid {

    /** One day of a grid; a null date pads the first and last week. */
    record Cell(LocalDate date, DayKind kind, String name, boolean today) {

        /** CSS class: workday, weekend, holiday, adjusted_workday */
        public String css() {
            return date == null ? "pad" : kind.name().toLowerCase();
        }

        /** 休 for a holiday, 班 for an adjusted working day: readable without colour. */
        public String mark() {
            return kind == DayKind.HOLIDAY ? "休" : kind == DayKind.ADJUSTED_WORKDAY ? "班" : "";
        }

        public String title() {
            return date == null ? "" : date + " " + kind.label() + (name == null ? "" : "（" + name + "）");
        }
    }

    record Month(int month, List<List<Cell>> weeks) {
    }

    private YearGrid() {
    }

    static List<Month> of(int year, WorkingCalendar calendar, LocalDate today) {
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            LocalDate first = LocalDate.of(year, m, 1);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            for (int pad = DayOfWeek.MONDAY.getValue(); pad < first.getDayOfWeek().getValue(); pad++) {
                week.add(new Cell(null, null, null, false));
            }
            for (LocalDate d = first; d.getMonthValue() == m; d = d.plusDays(1)) {
                CalendarDay day = calendar.day(d);
                week.add(new Cell(d, day.kind(), day.name(), d.equals(today)));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(new Cell(null, null, null, false));
                }
                weeks.add(week);
            }
            months.add(new Month(m, weeks));
        }
        return months;
    }
}
