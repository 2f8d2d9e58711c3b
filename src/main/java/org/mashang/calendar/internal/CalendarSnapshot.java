package org.mashang.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.mashang.calendar.Deadlines;
import org.mashang.calendar.DueState;
import org.mashang.calendar.Stage;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.platform.Zones;

/** One version of the calendar tables and deadline settings, immutable, with the deadline rules over them. */
record CalendarSnapshot(long version, CalendarIndex calendar, DeadlineSettings settings) implements Deadlines {

    @Override
    public int workingDays(Stage stage) {
        return settings.workingDays(stage);
    }

    @Override
    public int dueSoonDays() {
        return settings.dueSoon();
    }

    @Override
    public Instant dueAt(Stage stage, Instant start) {
        return calendar.deadline(start, settings.workingDays(stage));
    }

    @Override
    public Instant warnAt(Instant due) {
        int days = settings.dueSoon();
        if (days == 0) {
            return due;
        }
        LocalDate last = WorkingCalendar.lastDayOf(due);
        LocalDate from = days == 1 ? last : calendar.addWorkingDays(last, -(days - 1));
        return from.atStartOfDay(Zones.CHINA).toInstant();
    }

    @Override
    public DueState dueState(Instant due, Instant now) {
        if (!now.isBefore(due)) {
            return DueState.OVERDUE;
        }
        return now.isBefore(warnAt(due)) ? DueState.ON_TIME : DueState.DUE_SOON;
    }
}
