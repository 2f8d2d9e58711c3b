package org.mashang.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One date of the working calendar.
 *
 * @param name the holiday the day belongs to (春节, 国庆节 …) for a holiday or an adjusted working day; null otherwise
 */
public record CalendarDay(LocalDate date, DayKind kind, @Nullable String name) {

    public boolean isWorking() {
        return kind.isWorking();
    }
}
