package org.mashang.receptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.directory.DeputyCard;
import org.mashang.receptions.ReceptionDay.Status;
import org.mashang.receptions.internal.ScheduleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Committee staff cancel or move one reception day with a public notice, draw up the duty roster and change the rules. */
@IntegrationTest
class ScheduleChangeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ScheduleService schedule;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    ReceptionFixture fx;

    @BeforeEach
    void fixture() {
        fx = ReceptionFixture.of("rcpta", mvc, jdbc, users);
    }

    String base() {
        return "/receptions/stations/" + fx.station + "/schedule/";
    }

    /** Upcoming reception days nobody has changed or given a duty yet, from tomorrow on. */
    List<ReceptionDay> untouched() {
        return schedule.days(fx.station, schedule.today().plusDays(1), schedule.today().plusDays(60)).stream()
                .filter(d -> d.status() == Status.SCHEDULED && d.onDuty().isEmpty()).toList();
    }

    @Test
    void aCancelledDayIsAnnouncedOnThePublicPage() throws Exception {
        ReceptionDay day = untouched().get(0);
        fx.form(fx.reviewer, base() + "change", "scheduled", day.scheduled().toString(), "action", "cancel",
                        "notice", "代表参加区人代会，本次接待日暂停，请扫码留言")
                .andExpect(status().is3xxRedirection());
        ReceptionDay cancelled = schedule.day(fx.station, day.scheduled()).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(Status.CANCELLED);
        assertThat(schedule.heldOn(fx.station, day.date())).isEmpty();
        mvc.perform(get("/stations/" + fx.code + "/receptions"))
                .andExpect(content().string(containsString("的接待日取消")))
                .andExpect(content().string(containsString("代表参加区人代会，本次接待日暂停，请扫码留言")))
                .andExpect(content().string(containsString("本次接待日取消：")));

        fx.form(fx.reviewer, base() + "restore", "scheduled", day.scheduled().toString()).andExpect(status().is3xxRedirection());
        assertThat(schedule.day(fx.station, day.scheduled()).orElseThrow().status()).isEqualTo(Status.SCHEDULED);
        mvc.perform(get("/stations/" + fx.code + "/receptions"))
                .andExpect(content().string(not(containsString("代表参加区人代会"))));
    }

    @Test
    void aMovedDayIsHeldOnItsNewDateWithItsDutyAndNotice() throws Exception {
        ReceptionDay day = untouched().get(1);
        LocalDate target = freeDayNear(day.scheduled());
        fx.form(fx.admin, base() + "duty", "scheduled", day.scheduled().toString(), "deputyIds", "" + fx.deputies[2])
                .andExpect(status().is3xxRedirection());
        fx.form(fx.admin, base() + "change", "scheduled", day.scheduled().toString(), "action", "move",
                        "movedTo", target.toString(), "notice", "因会议室维修改期")
                .andExpect(status().is3xxRedirection());
        ReceptionDay moved = schedule.heldOn(fx.station, target).orElseThrow();
        assertThat(moved.scheduled()).isEqualTo(day.scheduled());
        assertThat(moved.status()).isEqualTo(Status.MOVED);
        assertThat(moved.onDuty()).extracting(DeputyCard::id).containsExactly(fx.deputies[2]);
        assertThat(schedule.heldOn(fx.station, day.scheduled())).isEmpty();
        mvc.perform(get("/stations/" + fx.code + "/receptions"))
                .andExpect(content().string(containsString("id=\"day-" + target + "\"")))
                .andExpect(content().string(containsString("的接待日改至")))
                .andExpect(content().string(containsString("因会议室维修改期")))
                .andExpect(content().string(containsString("/d/" + fx.code + "d3")));
        // the deputy on duty sees the new date in their calendar
        fx.page(fx.deputyUser(3), "/deputy/calendar").andExpect(status().isOk())
                .andExpect(content().string(containsString(target.getMonthValue() + "月" + target.getDayOfMonth() + "日")))
                .andExpect(content().string(containsString("改期")));
    }

    @Test
    void changesThatMakeNoSenseAreRefusedWithTheReason() throws Exception {
        ReceptionDay day = untouched().get(2);
        ReceptionDay other = untouched().get(3);
        String s = day.scheduled().toString();
        fx.form(fx.reviewer, base() + "change", "scheduled", s, "action", "move", "movedTo", schedule.today().minusDays(1).toString(),
                "notice", "改期").andExpect(status().isBadRequest()).andExpect(content().string(containsString("不能改到已经过去的日期")));
        fx.form(fx.reviewer, base() + "change", "scheduled", s, "action", "move", "movedTo", day.scheduled().plusDays(45).toString(),
                "notice", "改期").andExpect(status().isBadRequest()).andExpect(content().string(containsString("最多前后调整 30 天")));
        fx.form(fx.reviewer, base() + "change", "scheduled", s, "action", "move", "movedTo", other.date().toString(),
                "notice", "改期").andExpect(status().isBadRequest()).andExpect(content().string(containsString("已经是接待日")));
        fx.form(fx.reviewer, base() + "change", "scheduled", s, "action", "move", "notice", "改期")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择改到哪一天")));
        fx.form(fx.reviewer, base() + "change", "scheduled", s, "action", "cancel", "notice", " ")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请写明公告内容")));
        fx.form(fx.reviewer, base() + "change", "scheduled", s, "action", "cancel", "notice", "长".repeat(201))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("公告不能超过 200 个字")));
        fx.form(fx.reviewer, base() + "change", "scheduled", s, "notice", "x")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择取消还是改期")));
        fx.form(fx.reviewer, base() + "change", "scheduled", freeDayNear(day.scheduled()).toString(), "action", "cancel", "notice", "x")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("不是这个联络站的接待日")));
        LocalDate past = schedule.days(fx.station, schedule.today().minusDays(30), schedule.today().minusDays(1)).get(0).scheduled();
        fx.form(fx.reviewer, base() + "change", "scheduled", past.toString(), "action", "cancel", "notice", "x")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("已经过去的接待日")));
        fx.form(fx.reviewer, base() + "change", "scheduled", "2026-02-31", "action", "cancel", "notice", "x")
                .andExpect(status().isBadRequest());
        fx.form(fx.reviewer, base() + "restore", "scheduled", s).andExpect(status().isNotFound());
        assertThat(schedule.day(fx.station, day.scheduled()).orElseThrow().status()).isEqualTo(Status.SCHEDULED);
    }

    @Test
    void theDutyRosterTakesServingDeputiesOfTheStationOnly() throws Exception {
        ReceptionDay day = untouched().get(4);
        String s = day.scheduled().toString();
        fx.form(fx.reviewer, base() + "duty", "scheduled", s, "deputyIds", "" + fx.deputies[0], "deputyIds", "" + fx.deputies[1])
                .andExpect(status().is3xxRedirection());
        assertThat(schedule.day(fx.station, day.scheduled()).orElseThrow().onDuty()).extracting(DeputyCard::id)
                .containsExactly(fx.deputies[0], fx.deputies[1]);
        mvc.perform(get("/stations/" + fx.code + "/receptions"))
                .andExpect(content().string(containsString("测甲" + fx.code)))
                .andExpect(content().string(containsString("测乙" + fx.code)));
        long elsewhere = data.street().create().deputy().id();
        fx.form(fx.reviewer, base() + "duty", "scheduled", s, "deputyIds", "" + elsewhere)
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("只能安排本联络站在任的代表值班")));
        fx.form(fx.reviewer, base() + "duty", "scheduled", s, "deputyIds", "" + fx.former)
                .andExpect(status().isBadRequest());
        fx.form(fx.reviewer, base() + "duty", "scheduled", freeDayNear(day.scheduled()).toString(), "deputyIds", "" + fx.deputies[0])
                .andExpect(status().isBadRequest());
        fx.form(fx.reviewer, base() + "duty", "scheduled", s, "deputyIds", "abc").andExpect(status().isBadRequest());
        // clearing the duty: nobody ticked
        fx.form(fx.reviewer, base() + "duty", "scheduled", s).andExpect(status().is3xxRedirection());
        assertThat(schedule.day(fx.station, day.scheduled()).orElseThrow().onDuty()).isEmpty();
    }

    @Test
    void onlyTheCommitteeOfTheStationChangesItsSchedule() throws Exception {
        ReceptionDay day = untouched().get(5);
        // a deputy of the station: forbidden; another street's reviewer: the station is not theirs
        String otherReviewer = data.street().create().reviewer();
        fx.form(fx.deputyUser(1), base() + "change", "scheduled", day.scheduled().toString(), "action", "cancel", "notice", "x")
                .andExpect(status().isForbidden());
        fx.form(otherReviewer, base() + "change", "scheduled", day.scheduled().toString(), "action", "cancel", "notice", "x")
                .andExpect(status().isNotFound());
        fx.form(otherReviewer, base() + "rules", "monthDays", "1").andExpect(status().isNotFound());
        fx.page(otherReviewer, "/receptions/stations/" + fx.station).andExpect(status().isNotFound());
        assertThat(schedule.day(fx.station, day.scheduled()).orElseThrow().status()).isEqualTo(Status.SCHEDULED);
        // the deputy reads the station page without the forms that change it
        fx.page(fx.deputyUser(1), "/receptions/stations/" + fx.station).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/schedule/"))));
        fx.page(fx.reviewer, "/receptions/stations/" + fx.station).andExpect(status().isOk())
                .andExpect(content().string(containsString("/schedule/change")));
    }

    /** A day within a week after {@code day}, from tomorrow on, that is no reception day of the station. */
    private LocalDate freeDayNear(LocalDate day) {
        for (LocalDate d = day.plusDays(1); ; d = d.plusDays(1)) {
            if (schedule.days(fx.station, d, d).isEmpty()) {
                return d;
            }
        }
    }
}
