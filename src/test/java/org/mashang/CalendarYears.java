package org.mashang;

import java.util.stream.IntStream;
import org.mashang.calendar.WorkingCalendar;

/** Years the working calendar has no holiday list for, so a test can stand just before one instead of skipping. */
public final class CalendarYears {

    private CalendarYears() {
    }

    /** The first year from {@code from} on without holiday data (the shipped list covers only a few years). */
    public static int firstWithoutData(WorkingCalendar calendar, int from) {
        return IntStream.range(from, from + 50).filter(year -> !calendar.hasDataFor(year)).findFirst()
                .orElseThrow(() -> new IllegalStateException("holiday data for 50 years from " + from));
    }
}
