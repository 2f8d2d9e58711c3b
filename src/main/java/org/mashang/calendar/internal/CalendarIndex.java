package org.mashang.calendar.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.zone.ZoneRules;
import java.util.Collection;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mashang.calendar.CalendarDay;
import org.mashang.calendar.DayKind;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.platform.Zones;

/**
 * An immutable working calendar built from the recorded holidays and adjusted working days, with every
 * day from {@link WorkingCalendar#FIRST_YEAR} to {@link WorkingCalendar#LAST_YEAR} precomputed so that
 * adding and counting working days are two array look-ups.
 */
final class CalendarIndex implements WorkingCalendar {

    private static final long FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31).toEpochDay();
    private static final int DAYS = (int) (LAST_DAY - FIRST_DAY + 1);
    private static final long SECONDS_PER_DAY = 86_400;
    /** China has kept UTC+8 without daylight saving since 1992; the fast path relies on it. */
    private static final long CHINA_OFFSET_SECONDS = 8 * 3600;
    private static final boolean FIXED_OFFSET = fixedOffsetSince2000();

    private final Map<LocalDate, CalendarDay> special;
    private final LocalTime cutOff;
    private final int cutOffSecond;
    private final boolean[] working = new boolean[DAYS];
    /** upTo[i]: the number of working days from FIRST_DAY to FIRST_DAY + i, both included. */
    private final int[] upTo = new int[DAYS];
    /** workdays[k]: the offset from FIRST_DAY of the (k+1)th working day. */
    private final int[] workdays;
    private final boolean[] yearHasData = new boolean[LAST_YEAR - FIRST_YEAR + 1];

    CalendarIndex(Collection<CalendarDay> specialDays, LocalTime cutOff) {
        this.special = specialDays.stream().collect(Collectors.toUnmodifiableMap(CalendarDay::date, Function.identity()));
        this.cutOff = cutOff;
        this.cutOffSecond = cutOff.toSecondOfDay();
        int count = 0;
        for (int i = 0; i < DAYS; i++) {
            long epochDay = FIRST_DAY + i;
            CalendarDay recorded = special.get(LocalDate.ofEpochDay(epochDay));
            working[i] = recorded != null ? recorded.isWorking() : !isWeekend(epochDay);
            if (working[i]) {
                count++;
            }
            upTo[i] = count;
        }
        workdays = new int[count];
        for (int i = 0, k = 0; i < DAYS; i++) {
            if (working[i]) {
                workdays[k++] = i;
            }
        }
        for (CalendarDay day : special.values()) {
            if (countsAsData(day) && inRange(day.date().getYear())) {
                yearHasData[day.date().getYear() - FIRST_YEAR] = true;
            }
        }
    }

    /** A statutory holiday between February and November: see {@link WorkingCalendar#hasDataFor(int)}. */
    static boolean countsAsData(CalendarDay day) {
        int month = day.date().getMonthValue();
        return day.kind() == DayKind.HOLIDAY && month >= 2 && month <= 11;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        long epochDay = day.toEpochDay();
        if (epochDay < FIRST_DAY || epochDay > LAST_DAY) {
            CalendarDay recorded = special.get(day);
            return recorded != null ? recorded.isWorking() : !isWeekend(epochDay);
        }
        return working[(int) (epochDay - FIRST_DAY)];
    }

    @Override
    public CalendarDay day(LocalDate day) {
        CalendarDay recorded = special.get(day);
        if (recorded != null) {
            return recorded;
        }
        return new CalendarDay(day, isWeekend(day.toEpochDay()) ? DayKind.WEEKEND : DayKind.WORKDAY, null);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return LocalDate.ofEpochDay(FIRST_DAY + addWorkingDays(index(start.toEpochDay()), n));
    }

    /** The offset of the nth working day after the day at offset i. */
    private int addWorkingDays(int i, int n) {
        if (n == 0) {
            return i;
        }
        // upTo[i] working days are on or before day i; those before it exclude day i itself
        long k = n > 0 ? (long) upTo[i] + n - 1 : (long) upTo[i] - (working[i] ? 1 : 0) + n;
        if (k < 0 || k >= workdays.length) {
            throw new DateTimeException("工作日超出日历范围（" + FIRST_YEAR + "–" + LAST_YEAR + " 年）");
        }
        return workdays[(int) k];
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return upTo[index(to.toEpochDay())] - upTo[index(from.toEpochDay())];
    }

    @Override
    public LocalDate firstCountedDay(Instant start) {
        return LocalDate.ofEpochDay(FIRST_DAY + firstCounted(start));
    }

    private int firstCounted(Instant start) {
        long epochDay;
        int secondOfDay;
        if (FIXED_OFFSET) {
            long local = start.getEpochSecond() + CHINA_OFFSET_SECONDS;
            epochDay = Math.floorDiv(local, SECONDS_PER_DAY);
            secondOfDay = (int) Math.floorMod(local, SECONDS_PER_DAY);
        } else {
            LocalDateTime local = LocalDateTime.ofInstant(start, Zones.CHINA);
            epochDay = local.toLocalDate().toEpochDay();
            secondOfDay = local.toLocalTime().toSecondOfDay();
        }
        int i = index(epochDay);
        return working[i] && secondOfDay < cutOffSecond ? i : addWorkingDays(i, 1);
    }

    @Override
    public Instant deadline(Instant start, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a deadline needs at least 1 working day: " + workingDays);
        }
        return endOf(addWorkingDays(firstCounted(start), workingDays - 1));
    }

    @Override
    public Instant extend(Instant deadline, int workingDays) {
        int lastDay = index(WorkingCalendar.lastDayOf(deadline).toEpochDay());
        return endOf(addWorkingDays(lastDay, workingDays));
    }

    /** Midnight at the end of the day at offset i: 00:00 of the next day in China. */
    private static Instant endOf(int i) {
        LocalDate next = LocalDate.ofEpochDay(FIRST_DAY + i + 1);
        if (FIXED_OFFSET) {
            return Instant.ofEpochSecond(next.toEpochDay() * SECONDS_PER_DAY - CHINA_OFFSET_SECONDS);
        }
        return next.atStartOfDay(Zones.CHINA).toInstant();
    }

    @Override
    public LocalTime cutOff() {
        return cutOff;
    }

    @Override
    public boolean hasDataFor(int year) {
        return inRange(year) && yearHasData[year - FIRST_YEAR];
    }

    @Override
    public SortedSet<Integer> yearsWithoutData(int fromYear, int toYear) {
        SortedSet<Integer> missing = new TreeSet<>();
        for (int year = fromYear; year <= toYear; year++) {
            if (!hasDataFor(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    /** The recorded holidays and adjusted working days. */
    Map<LocalDate, CalendarDay> specialDays() {
        return special;
    }

    private static int index(long epochDay) {
        if (epochDay < FIRST_DAY || epochDay > LAST_DAY) {
            throw new DateTimeException(LocalDate.ofEpochDay(epochDay) + " 超出日历范围（" + FIRST_YEAR + "–" + LAST_YEAR + " 年）");
        }
        return (int) (epochDay - FIRST_DAY);
    }

    private static boolean inRange(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    private static boolean isWeekend(long epochDay) {
        DayOfWeek dow = DayOfWeek.of((int) Math.floorMod(epochDay + 3, 7) + 1);
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private static boolean fixedOffsetSince2000() {
        ZoneRules rules = Zones.CHINA.getRules();
        Instant since = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(Zones.CHINA).toInstant();
        return rules.nextTransition(since) == null && rules.getOffset(since).getTotalSeconds() == CHINA_OFFSET_SECONDS;
    }
}
