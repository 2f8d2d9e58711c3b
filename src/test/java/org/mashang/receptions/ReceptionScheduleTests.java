package org.mashang.receptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.CalendarYears;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.Staff;
import org.mashang.TestClock;
import org.mashang.TestData.Street;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.receptions.ReceptionDay.DayOff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reception days of a station under the default rule (the 15th and every Monday) around the holidays the application
 * ships: a day off moves to the next working day, days landing on the same day are held once. The station is a new one
 * of each test's own street, which keeps no rules of its own, as the demo's.
 */
@IntegrationTest
class ReceptionScheduleTests {

    @Autowired
    TestClock clock;

    @Autowired
    ReceptionSchedule schedule;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    Street street;
    /** The station's public reception page. */
    String receptions;

    @BeforeEach
    void setUp() {
        street = data.street().create();
        receptions = "/stations/" + street.stationCode() + "/receptions";
    }

    long station() {
        return street.station();
    }

    List<LocalDate> dates(String from, String to) {
        return schedule.days(station(), LocalDate.parse(from), LocalDate.parse(to)).stream().map(ReceptionDay::date).toList();
    }

    ReceptionDay day(String date) {
        return schedule.days(station(), LocalDate.parse(date), LocalDate.parse(date)).get(0);
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void aStationWithoutRulesFollowsTheDefaultRule() {
        assertThat(schedule.rules(station())).isEqualTo(ScheduleRules.DEFAULT);
        assertThat(ScheduleRules.DEFAULT.describe()).isEqualTo("每月15日、每周一");
        // November 2026: Mondays 2, 9, 16 (also the day after Sunday the 15th), 23, 30
        assertThat(dates("2026-11-01", "2026-11-30"))
                .containsExactly(d("2026-11-02"), d("2026-11-09"), d("2026-11-16"), d("2026-11-23"), d("2026-11-30"));
        assertThat(day("2026-11-16").movedOff()).containsExactly(new DayOff(d("2026-11-15"), "周日"));
    }

    @Test
    void nationalDay2024MovesItsMondayToTheTuesdayAfter() {
        // Monday 30 September is worked; Monday 7 October is the last day of the holiday: held on Tuesday 8 October.
        assertThat(dates("2024-09-28", "2024-10-31")).containsExactly(d("2024-09-30"), d("2024-10-08"), d("2024-10-14"),
                d("2024-10-15"), d("2024-10-21"), d("2024-10-28"));
        ReceptionDay moved = day("2024-10-08");
        assertThat(moved.movedOff()).containsExactly(new DayOff(d("2024-10-07"), "国庆节"));
        assertThat(moved.status()).isEqualTo(ReceptionDay.Status.SCHEDULED);
        assertThat(moved.scheduled()).isEqualTo(d("2024-10-08"));
    }

    @Test
    void midAutumn2024FoldsTheFifteenthAndTheMondayIntoOneDay() {
        // Sunday 15 and Monday 16 September are both 中秋节 (as is the 17th): one reception day, Wednesday 18 September.
        assertThat(dates("2024-09-14", "2024-09-22")).containsExactly(d("2024-09-18"));
        assertThat(day("2024-09-18").movedOff())
                .containsExactly(new DayOff(d("2024-09-15"), "中秋节"), new DayOff(d("2024-09-16"), "中秋节"));
    }

    @Test
    void springFestival2026FoldsThreeDaysIntoTheFirstWorkingDay() {
        // 15 February (Sunday), 16 and 23 February (Mondays) are all 春节 holidays: held once, on Tuesday 24 February.
        assertThat(dates("2026-02-10", "2026-02-28")).containsExactly(d("2026-02-24"));
        assertThat(day("2026-02-24").movedOff()).containsExactly(new DayOff(d("2026-02-15"), "春节"),
                new DayOff(d("2026-02-16"), "春节"), new DayOff(d("2026-02-23"), "春节"));
        // the adjusted working Saturday of 14 February is worked but is not a reception day
        assertThat(calendar.isWorkingDay(d("2026-02-14"))).isTrue();
        assertThat(dates("2026-02-14", "2026-02-14")).isEmpty();
    }

    @Test
    void mondayHolidaysMoveToTuesday() {
        assertThat(dates("2025-05-01", "2025-05-11")).containsExactly(d("2025-05-06"));
        assertThat(day("2025-05-06").movedOff()).containsExactly(new DayOff(d("2025-05-05"), "劳动节"));
        // June 2025: Monday 2 June is 端午节; Sunday 15 June joins Monday 16 June
        assertThat(dates("2025-06-01", "2025-06-30"))
                .containsExactly(d("2025-06-03"), d("2025-06-09"), d("2025-06-16"), d("2025-06-23"), d("2025-06-30"));
        assertThat(day("2025-06-03").movedOff()).containsExactly(new DayOff(d("2025-06-02"), "端午节"));
        assertThat(day("2025-06-16").movedOff()).containsExactly(new DayOff(d("2025-06-15"), "周日"));
    }

    @Test
    void aDayMovedOffAcrossTheRangeBoundaryIsFound() {
        // 7 October 2024 lies before the range, the day it moves to inside it
        assertThat(dates("2024-10-08", "2024-10-08")).containsExactly(d("2024-10-08"));
        assertThat(dates("2024-10-07", "2024-10-07")).isEmpty();
    }

    @Test
    void thePublicPageSaysWhereADayOffWasMoved() throws Exception {
        mvc.perform(get(receptions).param("from", "2024-09-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("每月15日、每周一")))
                .andExpect(content().string(containsString("遇周末或法定节假日，顺延至下一个工作日")))
                .andExpect(content().string(containsString("id=\"day-2024-09-30\"")))
                .andExpect(content().string(containsString("id=\"day-2024-10-08\"")))
                .andExpect(content().string(not(containsString("id=\"day-2024-10-07\""))))
                .andExpect(content().string(containsString("原定10月7日（国庆节），顺延至10月8日 周二")))
                .andExpect(content().string(containsString("10月15日 周二")));
        mvc.perform(get(receptions).param("from", "2026-02-10"))
                .andExpect(content().string(containsString(
                        "原定2月15日（春节）、2月16日（春节）、2月23日（春节），顺延至2月24日 周二")));
        mvc.perform(get(receptions).param("from", "2025-06-09"))
                .andExpect(content().string(containsString("原定6月15日（周日），顺延至6月16日 周一，与当天的接待日合并")));
    }

    @Test
    void thePublicPageIsLinkedFromTheHomePageAndTheStationPage() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(containsString(receptions)));
        mvc.perform(get("/s/" + street.stationCode())).andExpect(content().string(containsString(receptions)));
        mvc.perform(get(receptions)).andExpect(status().isOk())
                .andExpect(content().string(containsString("给联络站留言")));
    }

    @Test
    void aYearWithoutHolidaysIsMentionedCalmlyToResidents() throws Exception {
        int next = CalendarYears.firstWithoutData(calendar, LocalDate.now().getYear() + 1);
        // stand in the last month before that year, so it is next year and within the page's reach
        clock.set(LocalDateTime.of(next - 1, 12, 1, 10, 0));
        try {
            mvc.perform(get(receptions).param("from", next + "-01-01"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("节假日安排尚未公布")))
                    // the administrators' warning stays on their dashboard, not in red on the public page
                    .andExpect(content().string(not(containsString("calendar-warning"))))
                    .andExpect(content().string(not(containsString("form-errors"))));
        } finally {
            clock.reset();
        }
    }

    @Test
    void thePublicPageRefusesUnknownStationsAndAbsurdDates() throws Exception {
        mvc.perform(get("/stations/nosuch/receptions")).andExpect(status().isNotFound());
        mvc.perform(get(receptions).param("from", "1999-01-01")).andExpect(status().isBadRequest());
        mvc.perform(get(receptions).param("from", LocalDate.now().plusYears(3).toString()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(receptions).param("from", "2024-13-01")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请求的参数不正确")));
    }

    @Test
    void aChangeOfHolidaysMovesReceptionDaysAtOnce() throws Exception {
        // 2098: Sunday 15 June joins Monday 16 June; when the 16th becomes a holiday, both move to Tuesday 17 June,
        // without anything stored here
        assertThat(dates("2098-06-14", "2098-06-20")).containsExactly(d("2098-06-16"));
        try {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/calendar/days")
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                    .with(Staff.as(users, street.districtAdmin()))
                    .param("date", "2098-06-16").param("kind", "HOLIDAY").param("name", "测试节"))
                    .andExpect(status().is3xxRedirection());
            assertThat(dates("2098-06-14", "2098-06-20")).containsExactly(d("2098-06-17"));
            assertThat(day("2098-06-17").movedOff())
                    .containsExactly(new DayOff(d("2098-06-15"), "周日"), new DayOff(d("2098-06-16"), "测试节"));
        } finally {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/calendar/days/2098-06-16/delete")
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                    .with(Staff.as(users, street.districtAdmin())));
        }
        assertThat(dates("2098-06-14", "2098-06-20")).containsExactly(d("2098-06-16"));
    }
}
