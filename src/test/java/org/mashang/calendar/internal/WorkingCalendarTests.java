package org.mashang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mashang.UnitTest;
import org.mashang.calendar.CalendarDay;
import org.mashang.calendar.DayKind;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.platform.Zones;

/** The shipped calendar across the 2024–2026 Spring Festival, Labour Day and National Day blocks. */
@UnitTest
class WorkingCalendarTests {

    static final CalendarIndex calendar = ShippedHolidays.calendar();

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** An instant given as China's local time, e.g. "2025-09-26T18:00". */
    static Instant at(String localChinaTime) {
        return LocalDateTime.parse(localChinaTime).atZone(Zones.CHINA).toInstant();
    }

    /** The end of a day in China: 00:00 of the next day. */
    static Instant endOf(String day) {
        return d(day).plusDays(1).atStartOfDay(Zones.CHINA).toInstant();
    }

    /** Each block: the days off in a row, and the adjusted Saturdays/Sundays worked around it. */
    static Stream<Arguments> blocks() {
        return Stream.of(
                Arguments.of("2024 春节", "2024-02-10", "2024-02-17", List.of("2024-02-04", "2024-02-18")),
                Arguments.of("2024 劳动节", "2024-05-01", "2024-05-05", List.of("2024-04-28", "2024-05-11")),
                Arguments.of("2024 国庆节", "2024-10-01", "2024-10-07", List.of("2024-09-29", "2024-10-12")),
                Arguments.of("2025 春节", "2025-01-28", "2025-02-04", List.of("2025-01-26", "2025-02-08")),
                Arguments.of("2025 劳动节", "2025-05-01", "2025-05-05", List.of("2025-04-27")),
                Arguments.of("2025 国庆节、中秋节", "2025-10-01", "2025-10-08", List.of("2025-09-28", "2025-10-11")),
                Arguments.of("2026 春节", "2026-02-15", "2026-02-23", List.of("2026-02-14", "2026-02-28")),
                Arguments.of("2026 劳动节", "2026-05-01", "2026-05-05", List.of("2026-05-09")),
                Arguments.of("2026 国庆节", "2026-10-01", "2026-10-07", List.of("2026-09-20", "2026-10-10")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void holidayBlocksAreOffAndTheirAdjustedWeekendsAreWorked(String name, String first, String last, List<String> adjusted) {
        for (LocalDate day = d(first); !day.isAfter(d(last)); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as("%s: %s is off", name, day).isFalse();
            assertThat(calendar.day(day).kind()).as("%s: %s", name, day).isEqualTo(DayKind.HOLIDAY);
        }
        // the block is surrounded by working days or by an ordinary weekend
        assertThat(calendar.isWorkingDay(d(first).minusDays(1)) || isWeekend(d(first).minusDays(1))).isTrue();
        for (String iso : adjusted) {
            LocalDate day = d(iso);
            assertThat(isWeekend(day)).as("%s is a Saturday or Sunday", day).isTrue();
            assertThat(calendar.isWorkingDay(day)).as("%s: %s is worked", name, day).isTrue();
            assertThat(calendar.day(day)).isEqualTo(new CalendarDay(day, DayKind.ADJUSTED_WORKDAY, calendar.day(day).name()));
        }
    }

    @Test
    void theAdjustedSundaysOfSpringFestival2024AreTheOnesPublished() {
        assertThat(d("2024-02-04").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(d("2024-02-18").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(calendar.day(d("2024-02-04")).name()).isEqualTo("春节");
        // New Year's Eve 2024 (Feb 9, a Friday) was not a day off; the Saturday after the block was
        assertThat(calendar.isWorkingDay(d("2024-02-09"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2024-02-24"))).isFalse();
        assertThat(calendar.day(d("2024-02-24")).kind()).isEqualTo(DayKind.WEEKEND);
        assertThat(calendar.day(d("2024-02-19")).kind()).isEqualTo(DayKind.WORKDAY);
    }

    @Test
    void workingDaysAroundNationalDay2025() {
        // Fri 26 Sep, Sun 28 (adjusted), Mon 29, Tue 30, then Oct 1–8 off, Thu 9, Fri 10, Sat 11 (adjusted)
        assertThat(calendar.addWorkingDays(d("2025-09-26"), 1)).isEqualTo(d("2025-09-28"));
        assertThat(calendar.addWorkingDays(d("2025-09-30"), 1)).isEqualTo(d("2025-10-09"));
        assertThat(calendar.addWorkingDays(d("2025-09-30"), 3)).isEqualTo(d("2025-10-11"));
        assertThat(calendar.addWorkingDays(d("2025-10-04"), 1)).isEqualTo(d("2025-10-09"));
        assertThat(calendar.addWorkingDays(d("2025-10-09"), -1)).isEqualTo(d("2025-09-30"));
        assertThat(calendar.addWorkingDays(d("2025-10-05"), -2)).isEqualTo(d("2025-09-29"));
        assertThat(calendar.addWorkingDays(d("2025-10-05"), 0)).isEqualTo(d("2025-10-05"));
        assertThat(calendar.workingDaysBetween(d("2025-09-26"), d("2025-10-11"))).isEqualTo(6);
        assertThat(calendar.workingDaysBetween(d("2025-10-11"), d("2025-09-26"))).isEqualTo(-6);
        assertThat(calendar.workingDaysBetween(d("2025-10-01"), d("2025-10-08"))).isZero();
    }

    @Test
    void workingDaysPerYear() {
        // counted independently from the published list; 2025 got two more statutory holidays (除夕, 5月2日)
        assertThat(calendar.workingDaysBetween(d("2022-12-31"), d("2023-12-31"))).isEqualTo(249);
        assertThat(calendar.workingDaysBetween(d("2023-12-31"), d("2024-12-31"))).isEqualTo(251);
        assertThat(calendar.workingDaysBetween(d("2024-12-31"), d("2025-12-31"))).isEqualTo(248);
        assertThat(calendar.workingDaysBetween(d("2025-12-31"), d("2026-12-31"))).isEqualTo(248);
    }

    // deadlines: the day of the start counts when it is a working day and the start is before 17:30

    @ParameterizedTest(name = "start {0}, {1} working days → due at the end of {2}")
    @CsvSource({
            // a working morning counts as day 1
            "2025-09-26T10:00, 3, 2025-09-29",
            // after hours on the Friday before National Day: counting starts on the adjusted Sunday
            "2025-09-26T18:00, 3, 2025-09-30",
            "2025-09-26T17:29:59, 1, 2025-09-26",
            "2025-09-26T17:30, 1, 2025-09-28",
            // the last day before the holiday: the next two working days come after it
            "2025-09-30T10:00, 3, 2025-10-10",
            "2025-09-30T15:00, 15, 2025-10-27",
            // on a holiday: from the first working day after it
            "2025-10-03T10:00, 1, 2025-10-09",
            "2025-10-03T23:00, 3, 2025-10-11",
            // Spring Festival 2024: the eve (Friday) was worked; after hours → the adjusted Sunday after the block
            "2024-02-09T16:00, 1, 2024-02-09",
            "2024-02-09T20:00, 1, 2024-02-18",
            "2024-02-03T12:00, 1, 2024-02-04",
            "2024-02-10T09:00, 10, 2024-02-29",
            // Labour Day 2026: Thursday evening before the block
            "2026-04-30T20:00, 3, 2026-05-08",
            "2026-04-30T20:00, 4, 2026-05-09",
            // an ordinary weekend
            "2026-11-21T09:00, 1, 2026-11-23",
            // midnight belongs to the new day
            "2026-11-23T00:00, 1, 2026-11-23",
            "2026-11-22T23:59:59, 1, 2026-11-23",
    })
    void deadlines(String start, int workingDays, String lastDay) {
        Instant due = calendar.deadline(at(start), workingDays);
        assertThat(due).isEqualTo(endOf(lastDay));
        assertThat(WorkingCalendar.lastDayOf(due)).isEqualTo(d(lastDay));
    }

    @Test
    void theFirstCountedDayOfAStart() {
        assertThat(calendar.firstCountedDay(at("2025-09-26T10:00"))).isEqualTo(d("2025-09-26"));
        assertThat(calendar.firstCountedDay(at("2025-09-26T17:30"))).isEqualTo(d("2025-09-28"));
        assertThat(calendar.firstCountedDay(at("2025-10-01T08:00"))).isEqualTo(d("2025-10-09"));
        assertThat(calendar.cutOff()).hasToString("17:30");
    }

    @Test
    void aDeadlineIsExtendedByWorkingDaysAfterItsLastDay() {
        Instant due = endOf("2025-09-30");
        assertThat(calendar.extend(due, 2)).isEqualTo(endOf("2025-10-10"));
        assertThat(calendar.extend(due, 0)).isEqualTo(due);
    }

    @Test
    void aDeadlineNeedsAtLeastOneWorkingDay() {
        assertThatThrownBy(() -> calendar.deadline(at("2025-09-26T10:00"), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countingOutsideTheRangeIsRefusedButWeekdaysAreStillKnown() {
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2099-12-31"), 1)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> calendar.addWorkingDays(d("1999-12-31"), 1)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2000-01-03"), -1)).isInstanceOf(DateTimeException.class);
        assertThat(calendar.isWorkingDay(d("1999-12-31"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2100-01-02"))).isFalse();
    }

    @Test
    void yearsWithoutHolidaysAreReported() {
        assertThat(calendar.hasDataFor(2024)).isTrue();
        // only the 2023 New Year's Eve holiday is recorded in 2022: that is not a year's schedule
        assertThat(calendar.day(d("2022-12-31")).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.hasDataFor(2022)).isFalse();
        assertThat(calendar.yearsWithoutData(2022, 2028)).containsExactly(2022, 2027, 2028);
        assertThat(calendar.hasDataFor(1999)).isFalse();
        // a year without data is still answered by the weekday rule
        assertThat(calendar.isWorkingDay(d("2027-10-01"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2027-10-02"))).isFalse();
    }

    @Test
    void theShippedDataIsTheSharedPublicList() throws IOException {
        // pom.xml's profile without-shared-data says so when ../shared is not beside the checkout (a lone clone)
        org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("mashang.tests.without-shared-data"),
                "configured: ../shared/data is not beside the checkout");
        Path shared = Path.of("../shared/data/cn-holidays.csv");
        assertThat(shared).as("the shared public holiday list").exists();
        List<CalendarDay> fromFile = HolidayCsv.parse(Files.readAllBytes(shared));
        assertThat(ShippedHolidays.days()).containsExactlyElementsOf(fromFile);
        assertThat(HolidayCsv.write(fromFile)).isEqualTo(Files.readString(shared, StandardCharsets.UTF_8));
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
