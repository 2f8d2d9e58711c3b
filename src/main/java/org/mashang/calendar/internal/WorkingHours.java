package org.mashang.calendar.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.mashang.platform.Zones;

/**
 * The hours of a working day (08:30–12:00 and 14:00–17:30 by default) and the rule that counts working hours in them:
 * a clock of n working hours runs only inside those periods of working days (China time), so 2 working hours from
 * 16:30 on a Friday end at 09:30 on the next working day. Pure: the working days are given as a predicate.
 */
record WorkingHours(List<Period> periods) {

    /** How far ahead a deadline is looked for: far beyond any clock (480 working hours is about 70 working days). */
    static final int MAX_DAYS = 3660;

    WorkingHours {
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("a working day needs at least one period of working hours");
        }
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
                throw new IllegalArgumentException("the periods of working hours must be in order and not overlap: " + periods);
            }
        }
    }

    /** A stretch of working time within a day, start included, end excluded. */
    record Period(LocalTime start, LocalTime end) {
        Period {
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("a period of working hours ends after it starts: " + start + "-" + end);
            }
        }
    }

    /** {@code 08:30-12:00,14:00-17:30}. @throws IllegalArgumentException for anything else */
    static WorkingHours parse(String text) {
        List<Period> periods = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] ends = part.strip().split("-");
            if (ends.length != 2) {
                throw new IllegalArgumentException("working hours are periods like 08:30-12:00,14:00-17:30, not " + text);
            }
            try {
                periods.add(new Period(LocalTime.parse(pad(ends[0])), LocalTime.parse(pad(ends[1]))));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("working hours are periods like 08:30-12:00,14:00-17:30, not " + text, e);
            }
        }
        return new WorkingHours(periods);
    }

    private static String pad(String time) {
        String t = time.strip();
        return t.indexOf(':') == 1 ? "0" + t : t;
    }

    /**
     * The instant at which {@code hours} working hours have run from {@code start}: time before the first period of a
     * working day, between periods, after the last one and on days off does not count.
     */
    Instant deadline(Instant start, int hours, Predicate<LocalDate> workingDay) {
        if (hours < 1) {
            throw new IllegalArgumentException("a clock runs at least one working hour");
        }
        Duration left = Duration.ofHours(hours);
        LocalDateTime from = LocalDateTime.ofInstant(start, Zones.CHINA);
        LocalDate day = from.toLocalDate();
        LocalTime after = from.toLocalTime();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1), after = LocalTime.MIN) {
            if (!workingDay.test(day)) {
                continue;
            }
            for (Period p : periods) {
                LocalTime begin = after.isAfter(p.start()) ? after : p.start();
                if (!begin.isBefore(p.end())) {
                    continue;
                }
                Duration available = Duration.between(begin, p.end());
                if (left.compareTo(available) <= 0) {
                    return day.atTime(begin.plus(left)).atZone(Zones.CHINA).toInstant();
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("no working hours within " + MAX_DAYS + " days of " + start);
    }
}
