package org.mashang.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.SortedSet;
import org.mashang.platform.Zones;

/**
 * The working days of mainland China: Monday to Friday are worked and Saturday and Sunday are not, except
 * statutory holidays (off whatever the weekday) and adjusted working days (调休: a Saturday or Sunday that is
 * worked). Dates are calendar dates in China; instants are turned into dates in {@link Zones#CHINA}.
 *
 * <p>The answers come from an immutable in-memory copy of the holiday table, so every method is cheap
 * (array look-ups, no database access). Counting methods cover {@link #FIRST_YEAR} to {@link #LAST_YEAR}
 * and throw {@link java.time.DateTimeException} outside.
 *
 * <p>A year whose holidays have not been loaded is answered by the weekday rule alone, which is wrong for
 * its holidays: {@link #yearsWithoutData} names such years so they can be flagged, and they are flagged
 * on the administrator's dashboard.
 */
public interface WorkingCalendar {

    int FIRST_YEAR = 2000;
    int LAST_YEAR = 2099;

    /** Whether people work on this day: a weekday that is not a holiday, or an adjusted working day. */
    boolean isWorkingDay(LocalDate day);

    /** The kind and, for a holiday or adjusted working day, the holiday's name. */
    CalendarDay day(LocalDate day);

    /**
     * The {@code n}th working day after {@code start}, not counting {@code start} itself: with n = 1 the next
     * working day, whatever {@code start} is. With n = 0, {@code start} itself; with n &lt; 0, the |n|th working
     * day before {@code start}. Never returns a day off for n ≠ 0.
     */
    LocalDate addWorkingDays(LocalDate start, int n);

    /**
     * The number of working days {@code d} with {@code from < d <= to}; negative, the number with
     * {@code to < d <= from}, when {@code to} is before {@code from}. So
     * {@code workingDaysBetween(s, addWorkingDays(s, n)) == n} for every n ≥ 0.
     */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /**
     * The first working day counted for something that starts at {@code start} (受理起算日): the day of
     * {@code start} itself when it is a working day and {@code start} is before the cut-off time of that
     * day ({@link #cutOff()}, 17:30 by default); otherwise the next working day. A message submitted on a
     * Saturday, on a holiday or at 20:00 on a Tuesday is thus counted as if received at the start of the
     * next working day.
     */
    LocalDate firstCountedDay(Instant start);

    /**
     * The deadline of something that starts at {@code start} and is allowed {@code workingDays} working
     * days: the end of the {@code workingDays}th working day counting {@link #firstCountedDay(Instant)} as
     * the first. The end of a day is midnight in China, returned as the first instant of the next day
     * (00:00 Asia/Shanghai), which is excluded: it is overdue when {@code !now.isBefore(deadline)}.
     *
     * <p>Examples with 3 working days: accepted Monday 10:00 → due at the end of Wednesday; accepted Monday
     * 18:00 (after the cut-off) or Sunday → due at the end of Thursday.
     *
     * @param workingDays at least 1
     */
    Instant deadline(Instant start, int workingDays);

    /**
     * A deadline moved on by {@code workingDays} more working days (an extension): the end of the
     * {@code workingDays}th working day after the current last day.
     */
    Instant extend(Instant deadline, int workingDays);

    /** The time of day after which a start counts from the next working day. */
    LocalTime cutOff();

    /**
     * Whether the holidays of {@code year} have been loaded: at least one statutory holiday between February
     * and November of that year is recorded. (A New Year holiday may spill into the end of December of the
     * year before, so dates there alone do not make a year loaded.)
     */
    boolean hasDataFor(int year);

    /** The years from {@code fromYear} to {@code toYear} (both included) whose holidays are not loaded. */
    SortedSet<Integer> yearsWithoutData(int fromYear, int toYear);

    /** The last day before a deadline returned by {@link #deadline}: the day it is due by, for display. */
    static LocalDate lastDayOf(Instant deadline) {
        return LocalDate.ofInstant(deadline.minusNanos(1), Zones.CHINA);
    }
}
