package org.mashang.receptions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.calendar.internal.ShippedHolidays;
import org.mashang.receptions.ReceptionDay.DayOff;
import org.mashang.receptions.ScheduleRules;

/** A station's reception days from its rules and China's calendar of 2026. */
@UnitTest
class ScheduleCalculatorTests {

    static final WorkingCalendar CALENDAR = ShippedHolidays.workingCalendar();

    static ScheduleRules rules(Set<Integer> monthDays, Set<DayOfWeek> weekdays) {
        return new ScheduleRules(new TreeSet<>(monthDays), new TreeSet<>(weekdays));
    }

    static List<LocalDate> dates(List<ScheduleCalculator.Computed> computed) {
        return computed.stream().map(ScheduleCalculator.Computed::date).toList();
    }

    @Test
    void theRulesDatesOnWorkingDaysStayWhereTheyAre() {
        // June 2026: the 15th is a Monday; Mondays 1, 8, 15, 22, 29
        var june = ScheduleCalculator.compute(ScheduleRules.DEFAULT, CALENDAR, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        assertThat(dates(june)).containsExactly(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 15),
                LocalDate.of(2026, 6, 22), LocalDate.of(2026, 6, 29));
        assertThat(june).allSatisfy(day -> assertThat(day.movedOff()).isEmpty());
    }

    @Test
    void aDateOnADayOffMovesToTheNextWorkingDayNamingWhy() {
        // 15 March 2026 is a Sunday: held on Monday the 16th
        var march = ScheduleCalculator.compute(rules(Set.of(15), Set.of()), CALENDAR, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(dates(march)).containsExactly(LocalDate.of(2026, 3, 16));
        assertThat(march.get(0).movedOff()).singleElement().satisfies(off -> {
            assertThat(off.date()).isEqualTo(LocalDate.of(2026, 3, 15));
            assertThat(off.reason()).isEqualTo("周日");
        });
        // 1 October 2026 is 国庆节: the days off run to the 7th, the 10th (Saturday) is worked
        var october = ScheduleCalculator.compute(rules(Set.of(1), Set.of()), CALENDAR, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        assertThat(dates(october)).containsExactly(LocalDate.of(2026, 10, 8));
        assertThat(october.get(0).movedOff().get(0).reason()).isEqualTo("国庆节");
    }

    @Test
    void twoRulesLandingOnOneDayGiveOneReceptionDay() {
        // Sunday 15 March moves to Monday 16 March, which the Monday rule names anyway
        var march = ScheduleCalculator.compute(ScheduleRules.DEFAULT, CALENDAR, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 16));
        assertThat(march).singleElement().satisfies(day -> {
            assertThat(day.date()).isEqualTo(LocalDate.of(2026, 3, 16));
            assertThat(day.movedOff()).extracting(DayOff::date).containsExactly(LocalDate.of(2026, 3, 15));
        });
    }

    @Test
    void aDateMovedIntoTheRangeFromBeforeItIsCounted() {
        // the range starts on 8 October: the 1st (国庆节) moved there from before the range
        var fromTheEighth = ScheduleCalculator.compute(rules(Set.of(1), Set.of()), CALENDAR, LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 8));
        assertThat(dates(fromTheEighth)).containsExactly(LocalDate.of(2026, 10, 8));
    }

    @Test
    void noRulesNoDays() {
        assertThat(ScheduleCalculator.compute(rules(Set.of(), Set.of()), CALENDAR, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isEmpty();
    }
}
