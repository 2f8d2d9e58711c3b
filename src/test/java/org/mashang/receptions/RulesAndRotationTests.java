package org.mashang.receptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.directory.DeputyCard;
import org.mashang.receptions.internal.ScheduleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A station's own rules, and the duty roster drawn up in turn. Each test has a station of its own. */
@IntegrationTest
class RulesAndRotationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ScheduleService schedule;

    @Test
    void theCommitteeSetsAStationsRules() throws Exception {
        ReceptionFixture fx = ReceptionFixture.of("rcptb", mvc, jdbc, users);
        String url = "/receptions/stations/" + fx.station + "/schedule/rules";
        fx.form(fx.reviewer, url, "monthDays", "1， 15日", "weekdays", "3").andExpect(status().is3xxRedirection());
        ScheduleRules rules = schedule.rules(fx.station);
        assertThat(rules.monthDays()).containsExactly(1, 15);
        assertThat(rules.weekdays()).containsExactly(DayOfWeek.WEDNESDAY);
        assertThat(rules.describe()).isEqualTo("每月1日、15日、每周三");
        // March 2026: the 1st is a Sunday (moves to Monday 2nd); Wednesdays 4, 11, 18, 25; Sunday 15th moves to Monday 16th
        assertThat(schedule.days(fx.station, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31")))
                .extracting(ReceptionDay::date).containsExactly(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-04"),
                        LocalDate.parse("2026-03-11"), LocalDate.parse("2026-03-16"), LocalDate.parse("2026-03-18"),
                        LocalDate.parse("2026-03-25"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/stations/" + fx.code + "/receptions"))
                .andExpect(content().string(containsString("每月1日、15日、每周三")));

        fx.form(fx.reviewer, url, "monthDays", "31").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("每月的日期应在 1 到 28 之间")));
        fx.form(fx.reviewer, url, "monthDays", "月中").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("每月的日期请写数字")));
        fx.form(fx.reviewer, url, "weekdays", "8").andExpect(status().isBadRequest());
        fx.form(fx.reviewer, url, "weekdays", "x").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请从周一到周日中选择")));
        fx.form(fx.deputyUser(1), url, "monthDays", "2").andExpect(status().isForbidden());
        assertThat(schedule.rules(fx.station).describe()).isEqualTo("每月1日、15日、每周三");

        // no rules at all: no reception days, said so
        fx.form(fx.admin, url, "monthDays", "").andExpect(status().is3xxRedirection());
        assertThat(schedule.days(fx.station, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"))).isEmpty();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/stations/" + fx.code + "/receptions"))
                .andExpect(content().string(containsString("暂未设定固定接待日")));
    }

    @Test
    void theRosterIsDrawnUpInTurnCarryingOnAfterTheLastDeputyOnDuty() throws Exception {
        ReceptionFixture fx = ReceptionFixture.of("rcptc", mvc, jdbc, users);
        String url = "/receptions/stations/" + fx.station + "/schedule/rotation";
        List<ReceptionDay> coming = schedule.days(fx.station, schedule.today(), schedule.today().plusWeeks(4));
        // the first day is given by hand: deputies 1 and 2
        fx.form(fx.reviewer, "/receptions/stations/" + fx.station + "/schedule/duty", "scheduled", coming.get(0).scheduled().toString(),
                "deputyIds", "" + fx.deputies[0], "deputyIds", "" + fx.deputies[1]).andExpect(status().is3xxRedirection());
        fx.form(fx.reviewer, url, "perDay", "2", "weeks", "4").andExpect(status().is3xxRedirection());

        List<ReceptionDay> days = schedule.days(fx.station, schedule.today(), schedule.today().plusWeeks(4));
        assertThat(days).hasSize(coming.size()).allSatisfy(d -> assertThat(d.onDuty()).hasSize(2));
        List<Long> order = new ArrayList<>();
        days.forEach(d -> d.onDuty().forEach(p -> order.add(p.id())));
        // four serving deputies in turn (the former one never), two a day, on from deputies 1 and 2
        for (int i = 0; i < order.size(); i++) {
            assertThat(order.get(i)).isEqualTo(fx.deputies[i % 4]);
        }
        // nothing left to fill
        fx.form(fx.reviewer, url, "perDay", "2", "weeks", "4").andExpect(status().is3xxRedirection());
        assertThat(schedule.days(fx.station, schedule.today(), schedule.today().plusWeeks(4)))
                .extracting(d -> d.onDuty().stream().map(DeputyCard::id).toList())
                .isEqualTo(days.stream().map(d -> d.onDuty().stream().map(DeputyCard::id).toList()).toList());

        fx.form(fx.reviewer, url, "perDay", "0").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("每个接待日安排 1 到 5 位代表")));
        fx.form(fx.reviewer, url, "weeks", "60").andExpect(status().isBadRequest());
        fx.form(fx.reviewer, url, "weeks", "x").andExpect(status().isBadRequest());
        Set<Long> everyone = new TreeSet<>(order);
        assertThat(everyone).doesNotContain(fx.former);
    }
}
