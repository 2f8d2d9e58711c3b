package org.mashang.receptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.TestClock;
import org.mashang.platform.Outcome;
import org.mashang.receptions.internal.ScheduleService;
import org.mashang.stats.internal.RollUpsSettled;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** A deputy's record adds up what was recorded: receptions, activities by kind, people, outcomes, issues and cases. */
@IntegrationTest
@RecordApplicationEvents
class DeputyRecordTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEvents events;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ScheduleService schedule;

    @Autowired
    DeputyRecords records;

    @Autowired
    TestClock clock;

    ReceptionFixture fx;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @BeforeEach
    void fixture() {
        fx = ReceptionFixture.of("rcptd", mvc, jdbc, users);
    }

    static BigDecimal figure(DeputyRecord record, String indicator, String unit) {
        return record.outcomes().stream().filter(f -> f.indicator().equals(indicator) && f.unit().equals(unit)).map(Outcome::amount)
                .findFirst().orElse(BigDecimal.ZERO);
    }

    @Test
    void theRecordAddsUpFromTheData() throws Exception {
        LocalDate today = schedule.today();
        if (fx.freeReceptionDay(schedule, LocalDate.of(today.getYear(), 1, 1)) == null) {
            // early in January no reception day of the year has passed yet: read last year's record from its last days
            clock.set(LocalDateTime.of(today.getYear() - 1, 12, 20, 10, 0));
            today = schedule.today();
        }
        LocalDate yearStart = LocalDate.of(today.getYear(), 1, 1);
        LocalDate receptionDay = fx.freeReceptionDay(schedule, yearStart);
        LocalDate otherDay = fx.freeOtherDay(schedule, yearStart);
        assertThat(receptionDay).as("a past reception day of the year").isNotNull();
        assertThat(otherDay).as("a past day that is not a reception day").isNotNull();
        long me = fx.deputies[2];
        long colleague = fx.deputies[3];
        DeputyRecord before = records.of(me, today.getYear());
        DeputyRecord colleagueBefore = records.of(colleague, today.getYear());

        long r1 = fx.recordReception(fx.reviewer, receptionDay, 10, null, me, colleague);
        fx.raise(fx.reviewer, "/receptions/" + r1, "反映一", me);
        fx.recordReception(fx.reviewer, otherDay, 5, "群众预约", me);
        long forum = fx.recordActivity(fx.reviewer, "FORUM", today, 30, List.of(me, colleague),
                "outcomes[0].indicator", "MONEY_RECOVERED", "outcomes[0].amount", "1000",
                "outcomes[4].indicator", "LAMPS_INSTALLED", "outcomes[4].amount", "3");
        fx.raise(fx.reviewer, "/activities/" + forum, "反映二", null);
        fx.raise(fx.reviewer, "/activities/" + forum, "反映三", colleague);
        fx.recordActivity(fx.reviewer, "HOME", today, 4, List.of(me),
                "outcomes[0].indicator", "MONEY_RECOVERED", "outcomes[0].amount", "500.5",
                "outcomes[6].name", "修复道路", "outcomes[6].amount", "120", "outcomes[6].unit", "米");
        // not the deputy's: left out of their record
        fx.recordActivity(fx.reviewer, "HOME", today, 99, List.of(colleague),
                "outcomes[0].indicator", "MONEY_RECOVERED", "outcomes[0].amount", "7777");
        // a resident writes to the deputy through their code
        mvc.perform(multipart("/d/" + fx.code + "d3").param("text", "请代表关注小区电梯").param("categoryId", "" + fx.category())
                .param("publicChoice", "false").param("submissionKey", UUID.randomUUID().toString()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        // statistics can keep count from the events
        assertThat(events.stream(ReceptionRecorded.class)).extracting(ReceptionRecorded::residentsReceived, ReceptionRecorded::onReceptionDay)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(10, true), org.assertj.core.groups.Tuple.tuple(5, false));
        assertThat(events.stream(ActivityRecorded.class).filter(e -> e.activityId() == forum)).singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(ActivityKind.FORUM);
                    assertThat(e.attendance()).isEqualTo(30);
                    assertThat(e.deputyIds()).containsExactly(me, colleague);
                    assertThat(e.outcomes()).extracting(Outcome::indicator).containsExactly("挽回经济损失", "安装路灯");
                });

        RollUpsSettled.now(context); // the residents' messages are folded soon after their commit
        DeputyRecord after = records.of(me, today.getYear());
        assertThat(after.receptionsAttended()).isEqualTo(before.receptionsAttended() + 2);
        assertThat(after.residentsReceived()).isEqualTo(before.residentsReceived() + 15);
        assertThat(after.of(ActivityKind.FORUM).count()).isEqualTo(before.of(ActivityKind.FORUM).count() + 1);
        assertThat(after.of(ActivityKind.FORUM).attendance()).isEqualTo(before.of(ActivityKind.FORUM).attendance() + 30);
        assertThat(after.of(ActivityKind.HOME).count()).isEqualTo(before.of(ActivityKind.HOME).count() + 1);
        assertThat(after.of(ActivityKind.HOME).attendance()).isEqualTo(before.of(ActivityKind.HOME).attendance() + 4);
        assertThat(after.of(ActivityKind.BLOCK).count()).isEqualTo(before.of(ActivityKind.BLOCK).count());
        assertThat(after.activitiesHeld()).isEqualTo(before.activitiesHeld() + 2);
        assertThat(after.peopleReached()).isEqualTo(before.peopleReached() + 15 + 30 + 4);
        // issues raised where the deputy was present: one at the reception, two at the forum
        assertThat(after.issuesRaised()).isEqualTo(before.issuesRaised() + 3);
        assertThat(figure(after, "挽回经济损失", "元")).isEqualByComparingTo(figure(before, "挽回经济损失", "元").add(new BigDecimal("1500.5")));
        assertThat(figure(after, "安装路灯", "盏")).isEqualByComparingTo(figure(before, "安装路灯", "盏").add(new BigDecimal("3")));
        assertThat(figure(after, "修复道路", "米")).isEqualByComparingTo(figure(before, "修复道路", "米").add(new BigDecimal("120")));
        assertThat(after.outcomes().get(0).indicator()).isEqualTo("挽回经济损失");
        // cases: the one through the code and the one raised at the reception and given to the deputy
        assertThat(after.cases().received()).isEqualTo(before.cases().received() + 2);

        DeputyRecord colleagueAfter = records.of(colleague, today.getYear());
        assertThat(colleagueAfter.receptionsAttended()).isEqualTo(colleagueBefore.receptionsAttended() + 1);
        assertThat(colleagueAfter.of(ActivityKind.HOME).attendance()).isEqualTo(colleagueBefore.of(ActivityKind.HOME).attendance() + 99);
        assertThat(figure(colleagueAfter, "挽回经济损失", "元"))
                .isEqualByComparingTo(figure(colleagueBefore, "挽回经济损失", "元").add(new BigDecimal("8777")));

        // the deputy's own page, the committee's view and the public summary say the same
        fx.page(fx.deputyUser(3), "/deputy/record").andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"receptions-attended\">" + after.receptionsAttended() + " 次")))
                .andExpect(content().string(containsString("id=\"residents-received\">" + after.residentsReceived() + " 人次")))
                .andExpect(content().string(containsString("id=\"kind-FORUM\">" + after.of(ActivityKind.FORUM).count() + " 次")))
                .andExpect(content().string(containsString("id=\"people-reached\">" + after.peopleReached() + " 人次")))
                .andExpect(content().string(containsString("id=\"issues-raised\">" + after.issuesRaised() + " 件")))
                .andExpect(content().string(containsString("id=\"cases-received\">" + after.cases().received() + " 件")))
                .andExpect(content().string(containsString(figure(after, "挽回经济损失", "元").stripTrailingZeros().toPlainString())));
        fx.page(fx.reviewer, "/receptions/deputies/" + me + "/record").andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"people-reached\">" + after.peopleReached() + " 人次")));
        mvc.perform(get("/d/" + fx.code + "d3")).andExpect(status().isOk())
                .andExpect(content().string(containsString(today.getYear() + " 年履职情况")))
                .andExpect(content().string(containsString("参加 " + after.receptionsAttended() + " 次，接待群众 "
                        + after.residentsReceived() + " 人次")))
                .andExpect(content().string(containsString(after.peopleReached() + " 人次")))
                .andExpect(content().string(containsString("民情恳谈会 " + after.of(ActivityKind.FORUM).count() + " 次")));
        // the deputy's calendar lists what they took part in this year
        fx.page(fx.deputyUser(3), "/deputy/calendar").andExpect(status().isOk())
                .andExpect(content().string(containsString("/receptions/" + r1)))
                .andExpect(content().string(containsString("/activities/" + forum)));
    }

    @Test
    void anotherYearAndBadYears() throws Exception {
        int year = schedule.today().getYear();
        fx.page(fx.deputyUser(1), "/deputy/record?year=" + (year - 1)).andExpect(status().isOk())
                .andExpect(content().string(containsString((year - 1) + " 年")));
        fx.page(fx.deputyUser(1), "/deputy/record?year=" + (year + 1)).andExpect(status().isBadRequest());
        fx.page(fx.deputyUser(1), "/deputy/record?year=1900").andExpect(status().isBadRequest());
        fx.page(fx.deputyUser(1), "/deputy/record?year=abc").andExpect(status().isBadRequest());
        // a fresh deputy: zeros, no percentages
        DeputyRecord empty = records.of(fx.deputies[0], year - 3);
        assertThat(empty.receptionsAttended()).isZero();
        assertThat(empty.activities()).hasSize(ActivityKind.values().length);
        assertThat(empty.cases().firstReplyOnTimePercent()).isNull();
    }
}
