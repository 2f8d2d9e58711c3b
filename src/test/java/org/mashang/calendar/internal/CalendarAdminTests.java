package org.mashang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.Staff;
import org.mashang.calendar.DayKind;
import org.mashang.calendar.Deadlines;
import org.mashang.calendar.Stage;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.platform.Zones;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The administrator's calendar pages against the real database: single days, holiday files (all or nothing),
 * deadline settings, the dashboard warning, and a second instance picking up a change.
 * Tests write only to years no other test reads (2080–2090) or put back what they changed.
 */
@IntegrationTest
class CalendarAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    Deadlines deadlines;

    @Autowired
    CalendarRepository repository;

    @Autowired
    DeadlineProperties deadlineProperties;

    @Autowired
    CalendarProperties calendarProperties;

    @Autowired
    CalendarAdmin admin;

    @Autowired
    org.mashang.TestClock clock;

    @AfterEach
    void putBack() {
        clock.reset();
        for (int year = 2080; year <= 2090; year++) {
            jdbc.sql("delete from calendar_day where extract(year from day) = :y").param("y", year).update();
        }
        jdbc.sql("delete from deadline_setting").update();
        jdbc.sql("update calendar_version set version = version + 1").update();
        ((CalendarCache) calendar).reload();
    }

    MockHttpServletRequestBuilder form(String path, String... kv) {
        var request = post(path).with(csrf()).with(Staff.as(users, Staff.ADMIN));
        for (int i = 0; i < kv.length; i += 2) {
            request.param(kv[i], kv[i + 1]);
        }
        return request;
    }

    ResultActions upload(String csv, String mode) throws Exception {
        return upload(csv.getBytes(StandardCharsets.UTF_8), mode);
    }

    ResultActions upload(byte[] csv, String mode) throws Exception {
        var file = new MockMultipartFile("file", "holidays.csv", "text/csv", csv);
        return mvc.perform(multipart("/admin/calendar/import").file(file).param("mode", mode).with(csrf())
                .with(Staff.as(users, Staff.ADMIN)));
    }

    long days() {
        return jdbc.sql("select count(*) from calendar_day").query(Long.class).single();
    }

    long version() {
        return jdbc.sql("select version from calendar_version").query(Long.class).single();
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theMigrationShipsTheHolidaysOf2023To2026() {
        assertThat(jdbc.sql("select count(*) from calendar_day where day between '2022-12-31' and '2026-12-31'")
                .query(Long.class).single()).isEqualTo(142);
        assertThat(calendar.yearsWithoutData(2023, 2026)).isEmpty();
        assertThat(calendar.isWorkingDay(d("2024-02-04"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2024-02-12"))).isFalse();
        assertThat(calendarProperties.cutOff()).hasToString("17:30");
        assertThat(deadlineProperties).isEqualTo(new DeadlineProperties(1, 3, 10, 15, 1));
    }

    @Test
    void theYearPageShowsHolidaysAdjustedDaysAndTheGrid() throws Exception {
        mvc.perform(get("/admin/calendar").param("year", "2024").with(Staff.as(users, Staff.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2024-02-18")))
                .andExpect(content().string(containsString("调休上班")))
                .andExpect(content().string(containsString("2024 年共 251 个工作日")))
                .andExpect(content().string(containsString("title=\"2024-02-04 调休上班（春节）\"")))
                .andExpect(content().string(not(containsString("尚未录入 2024 年"))));
        mvc.perform(get("/admin/calendar").param("year", "2085").with(Staff.as(users, Staff.ADMIN)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("尚未录入 2085 年的节假日安排")));
        mvc.perform(get("/admin/calendar").param("day", "2024-10-01").with(Staff.as(users, Staff.ADMIN)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"国庆节\"")));
        mvc.perform(get("/admin/calendar").param("year", "1999").with(Staff.as(users, Staff.ADMIN)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("年份应在 2000 到 2099 之间")));
        mvc.perform(get("/admin/calendar").param("year", "abc").with(Staff.as(users, Staff.ADMIN)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anAdministratorAddsCorrectsAndDeletesADay() throws Exception {
        assertThat(calendar.isWorkingDay(d("2085-05-01"))).isTrue(); // a Tuesday
        mvc.perform(form("/admin/calendar/days", "date", "2085-05-01", "kind", "HOLIDAY", "name", " 劳动节 "))
                .andExpect(redirectedUrl("/admin/calendar?year=2085"));
        assertThat(repository.find(d("2085-05-01")).orElseThrow().name()).isEqualTo("劳动节");
        assertThat(calendar.isWorkingDay(d("2085-05-01"))).as("this instance reloads at once").isFalse();
        assertThat(calendar.hasDataFor(2085)).isTrue();
        // 2085-04-29 is a Sunday: make it an adjusted working day, then correct its name
        mvc.perform(form("/admin/calendar/days", "date", "2085-04-29", "kind", "ADJUSTED_WORKDAY", "name", "劳动"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form("/admin/calendar/days", "date", "2085-04-29", "kind", "ADJUSTED_WORKDAY", "name", "劳动节"))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.day(d("2085-04-29")).name()).isEqualTo("劳动节");
        assertThat(calendar.day(d("2085-04-29")).kind()).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        mvc.perform(form("/admin/calendar/days/2085-04-29/delete")).andExpect(redirectedUrl("/admin/calendar?year=2085"));
        assertThat(repository.find(d("2085-04-29"))).isEmpty();
        assertThat(calendar.isWorkingDay(d("2085-04-29"))).isFalse();
        mvc.perform(form("/admin/calendar/days/2085-04-29/delete")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("没有记录节假日或调休")));
        mvc.perform(form("/admin/calendar/days/not-a-date/delete")).andExpect(status().isBadRequest());
    }

    @Test
    void theDayFormRefusesBadInput() throws Exception {
        long before = days();
        long version = version();
        assertDayRefused("日期格式应为 年-月-日", "date", "2085-13-01", "kind", "HOLIDAY", "name", "春节");
        assertDayRefused("请填写日期", "date", "", "kind", "HOLIDAY", "name", "春节");
        assertDayRefused("日期应在 2000 年到 2099 年之间", "date", "2100-01-01", "kind", "HOLIDAY", "name", "元旦");
        assertDayRefused("2085-05-02 是星期三，本来就上班，不能设为调休上班", "date", "2085-05-02", "kind", "ADJUSTED_WORKDAY", "name", "劳动节");
        assertDayRefused("请选择放假或调休上班", "date", "2085-05-02", "kind", "", "name", "劳动节");
        assertDayRefused("请选择放假或调休上班", "date", "2085-05-02", "kind", "DAY_OFF", "name", "劳动节");
        assertDayRefused("类型只能是放假（法定节假日）或调休上班", "date", "2085-05-02", "kind", "WORKDAY", "name", "劳动节");
        assertDayRefused("请填写所属节日", "date", "2085-05-02", "kind", "HOLIDAY", "name", "  ");
        assertDayRefused("节日名称不能超过 20 个字", "date", "2085-05-02", "kind", "HOLIDAY", "name", "节".repeat(21));
        assertThat(days()).isEqualTo(before);
        assertThat(version()).isEqualTo(version);
    }

    void assertDayRefused(String message, String... fields) throws Exception {
        mvc.perform(form("/admin/calendar/days", fields)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(message)));
    }

    @Test
    void aValidFileIsImportedWhole() throws Exception {
        long version = version();
        upload("""
                date,kind,name
                2085-12-31,holiday,元旦
                2086-01-01,holiday,元旦
                2086-02-10,holiday,春节
                2086-02-11,holiday,春节
                2086-02-16,workday,春节
                """, "MERGE")
                .andExpect(redirectedUrl("/admin/calendar?year=2086"));
        assertThat(repository.ofYear(2086)).hasSize(4);
        assertThat(repository.find(d("2085-12-31")).orElseThrow().kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(version()).isGreaterThan(version);
        assertThat(calendar.hasDataFor(2086)).isTrue();
        assertThat(calendar.hasDataFor(2085)).as("a New Year's Eve alone is not a year's schedule").isFalse();
        assertThat(calendar.isWorkingDay(d("2086-02-16"))).isTrue();
        assertThat(jdbc.sql("select updated_by from calendar_day where day = '2086-02-16'").query(String.class).single())
                .isEqualTo(Staff.ADMIN);
    }

    @Test
    void replacingAYearClearsOnlyTheYearsTheFileCovers() throws Exception {
        upload("date,kind,name\n2087-10-01,holiday,国庆节\n2087-10-02,holiday,国庆节\n2088-10-02,holiday,国庆节\n", "MERGE")
                .andExpect(status().is3xxRedirection());
        // the 2088 file's New Year spills into 2087: 2087 keeps its days, 2088 is replaced
        upload("date,kind,name\n2087-12-31,holiday,元旦\n2088-05-01,holiday,劳动节\n", "REPLACE")
                .andExpect(redirectedUrl("/admin/calendar?year=2088"));
        assertThat(repository.ofYear(2087)).extracting(d -> d.date().toString())
                .containsExactly("2087-10-01", "2087-10-02", "2087-12-31");
        assertThat(repository.ofYear(2088)).extracting(d -> d.date().toString()).containsExactly("2088-05-01");
        // merging keeps the rest
        upload("date,kind,name\n2088-10-01,holiday,国庆节\n", "MERGE").andExpect(status().is3xxRedirection());
        assertThat(repository.ofYear(2088)).hasSize(2);
    }

    @Test
    void aBadFileIsRefusedWithItsLinesAndNothingIsStored() throws Exception {
        long before = days();
        long version = version();
        upload("""
                date,kind,name
                2089-10-01,holiday,国庆节
                2089-10-32,holiday,国庆节
                2089-10-01,holiday,国庆节
                2089-10-03,rest,国庆节
                2089-10-04,workday,国庆节
                """, "REPLACE")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("文件有 4 处错误，没有导入任何日期")))
                .andExpect(content().string(containsString("第 3 行：日期「2089-10-32」不正确")))
                .andExpect(content().string(containsString("第 4 行：日期 2089-10-01 与第 2 行重复")))
                .andExpect(content().string(containsString("第 5 行：类型「rest」不正确")))
                .andExpect(content().string(containsString("第 6 行：2089-10-04 是星期二，本来就上班")));
        upload("", "MERGE").andExpect(status().isBadRequest()).andExpect(content().string(containsString("文件是空的")));
        upload("day,type\n2089-10-01,holiday\n", "MERGE").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("第 1 行应为表头 date,kind,name")));
        upload("date,kind,name\n2089-10-01,holiday,国庆节\n", "EVERYTHING").andExpect(status().isBadRequest());
        mvc.perform(post("/admin/calendar/import").with(csrf()).with(Staff.as(users, Staff.ADMIN)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("文件是空的")));
        assertThat(days()).isEqualTo(before);
        assertThat(version()).isEqualTo(version);
        assertThat(repository.ofYear(2089)).isEmpty();
    }

    @Test
    void aYearIsExportedInTheSameFormat() throws Exception {
        var body = mvc.perform(get("/admin/calendar/export").param("year", "2026").with(Staff.as(users, Staff.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("holidays-2026.csv")))
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFdate,kind,name\n2026-01-01,holiday,元旦\n").contains("2026-10-10,workday,国庆节\n");
        assertThat(HolidayCsv.parse(body)).hasSize(39);
        mvc.perform(get("/admin/calendar/export").param("year", "3000").with(Staff.as(users, Staff.ADMIN)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void deadlineSettingsAreValidatedSavedAndUsed() throws Exception {
        mvc.perform(get("/admin/calendar/deadlines").with(Staff.as(users, Staff.ADMIN)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("代表首次答复")))
                .andExpect(content().string(containsString("24:00 前")));
        var start = LocalDate.of(2025, 9, 30).atTime(9, 0).atZone(Zones.CHINA).toInstant();
        assertThat(deadlines.dueAt(Stage.FIRST_REPLY, start)).isEqualTo(calendar.deadline(start, 3));

        mvc.perform(form("/admin/calendar/deadlines", "review", "", "firstReply", "5", "assignment", "", "residentReply", "",
                "dueSoon", "2")).andExpect(redirectedUrl("/admin/calendar/deadlines"));
        assertThat(deadlines.workingDays(Stage.FIRST_REPLY)).isEqualTo(5);
        assertThat(deadlines.workingDays(Stage.REVIEW)).isEqualTo(1);
        assertThat(deadlines.dueSoonDays()).isEqualTo(2);
        assertThat(deadlines.dueAt(Stage.FIRST_REPLY, start)).isEqualTo(calendar.deadline(start, 5));
        assertThat(jdbc.sql("select setting from deadline_setting order by setting").query(String.class).list())
                .containsExactly("DUE_SOON", "FIRST_REPLY");
        mvc.perform(get("/admin/calendar/deadlines").with(Staff.as(users, Staff.ADMIN)))
                .andExpect(content().string(containsString("value=\"5\"")));

        long version = version();
        assertDeadlineRefused("时限应在 1 到 60 个工作日之间", "review", "0");
        assertDeadlineRefused("时限应在 1 到 60 个工作日之间", "assignment", "61");
        assertDeadlineRefused("请填写整数", "residentReply", "十五");
        assertDeadlineRefused("提醒应在到期前 0 到 10 个工作日之间", "dueSoon", "11");
        assertDeadlineRefused("提醒应在到期前 0 到 10 个工作日之间", "dueSoon", "-1");
        assertThat(version()).isEqualTo(version);
        assertThat(deadlines.workingDays(Stage.FIRST_REPLY)).isEqualTo(5);

        // empty fields go back to the defaults
        mvc.perform(form("/admin/calendar/deadlines")).andExpect(status().is3xxRedirection());
        assertThat(deadlines.workingDays(Stage.FIRST_REPLY)).isEqualTo(3);
        assertThat(deadlines.dueSoonDays()).isEqualTo(1);
    }

    void assertDeadlineRefused(String message, String field, String value) throws Exception {
        mvc.perform(form("/admin/calendar/deadlines", field, value)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(message)));
    }

    @Test
    void theServiceChecksDeadlineRangesToo() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> admin.saveDeadlines(Map.of(Stage.REVIEW, 61), null, "test"))
                .hasMessageContaining("时限应在 1 到 60 个工作日之间");
        assertThat(CalendarAdmin.field(Stage.RESIDENT_REPLY)).isEqualTo("residentReply");
        assertThat(CalendarAdmin.field(Stage.REVIEW)).isEqualTo("review");
    }

    @Test
    void theDashboardFlagsThisYearOrNextYearWithoutHolidays() throws Exception {
        int nextYear = org.mashang.CalendarYears.firstWithoutData(calendar,
                LocalDate.ofInstant(clock.instant(), Zones.CHINA).getYear() + 1);
        int thisYear = nextYear - 1;
        // stand in the last month before a year without holidays (the shipped data may cover next year)
        clock.set(java.time.LocalDateTime.of(thisYear, 12, 1, 10, 0));
        mvc.perform(get("/admin").with(Staff.as(users, Staff.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("工作日历缺少节假日安排")))
                .andExpect(content().string(containsString("尚未录入 " + nextYear + " 年的法定节假日和调休安排")));
        try {
            upload("date,kind,name\n" + nextYear + "-10-01,holiday,国庆节\n", "MERGE").andExpect(status().is3xxRedirection());
            var page = mvc.perform(get("/admin").with(Staff.as(users, Staff.ADMIN))).andExpect(status().isOk());
            page.andExpect(content().string(not(containsString("尚未录入 " + nextYear + " 年"))));
            if (calendar.hasDataFor(thisYear)) {
                page.andExpect(content().string(not(containsString("工作日历缺少节假日安排"))));
            }
        } finally {
            jdbc.sql("delete from calendar_day where extract(year from day) = :y").param("y", nextYear).update();
        }
    }

    @Test
    void anotherInstanceSeesAChangeAtItsNextCheck() {
        // a second instance: its own copy of the tables, loaded now
        var other = new CalendarCache(repository, deadlineProperties, calendarProperties);
        assertThat(other.isWorkingDay(d("2090-10-02"))).isTrue(); // a Monday
        admin.saveDay(d("2090-10-02"), DayKind.HOLIDAY, "国庆节", "test");
        assertThat(calendar.isWorkingDay(d("2090-10-02"))).as("this instance").isFalse();
        assertThat(other.isWorkingDay(d("2090-10-02"))).as("the other, before its check").isTrue();
        other.refreshIfChanged();
        assertThat(other.isWorkingDay(d("2090-10-02"))).as("the other, after its check").isFalse();
        assertThat(other.version()).isEqualTo(((CalendarCache) calendar).version());
        long loaded = other.version();
        other.refreshIfChanged();
        assertThat(other.version()).isEqualTo(loaded);
    }
}
