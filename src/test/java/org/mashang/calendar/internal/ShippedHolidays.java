package org.mashang.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mashang.calendar.CalendarDay;
import org.mashang.calendar.DayKind;

/** The holidays the application ships, read from its own migration, for tests without a database. */
public final class ShippedHolidays {

    static final String MIGRATION = "db/migration/V7__calendar_cn_holidays_2023_2026.sql";
    static final LocalTime CUT_OFF = LocalTime.of(17, 30);

    private static final Pattern ROW = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '(HOLIDAY|ADJUSTED_WORKDAY)', '([^']+)', 'migration'\\)");

    private ShippedHolidays() {
    }

    static List<CalendarDay> days() {
        try (InputStream in = ShippedHolidays.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<CalendarDay> days = new ArrayList<>();
            Matcher m = ROW.matcher(sql);
            while (m.find()) {
                days.add(new CalendarDay(LocalDate.parse(m.group(1)), DayKind.valueOf(m.group(2)), m.group(3)));
            }
            return days;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CalendarIndex calendar() {
        return new CalendarIndex(days(), CUT_OFF);
    }

    /** China's working calendar of the shipped years, for other modules' unit tests. */
    public static org.mashang.calendar.WorkingCalendar workingCalendar() {
        return calendar();
    }
}
