package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestData.Street;
import org.mashang.TestClock;
import org.mashang.cases.internal.DeadlineScanner;
import org.mashang.cases.internal.Receipt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Deadlines of real cases across holiday blocks, warnings and escalation (督办), pausing; on a street of each test's own. */
@IntegrationTest
class DeadlineTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

    @Autowired
    DeadlineScanner scanner;

    @Autowired
    ConfigurableApplicationContext context;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    LoopDriver loop;
    /** Two deputies (the second may not pause the first's case), the street office 城管办. */
    Street street;
    final List<DeadlineReached> published = new ArrayList<>();
    ApplicationListener<PayloadApplicationEvent<DeadlineReached>> listener;

    @BeforeEach
    void setUp() {
        loop = new LoopDriver(mvc, jdbc, users);
        street = data.street().deputies(2).create();
        listener = e -> published.add(e.getPayload());
        context.addApplicationListener(listener);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        context.removeApplicationListener(listener);
    }

    OffsetDateTime due(long caseId, String stage) {
        return jdbc.sql("select due_at from case_stage where case_id = ? and stage = ? order by id desc limit 1")
                .param(1, caseId).param(2, stage).query(OffsetDateTime.class).single();
    }

    static OffsetDateTime china(int y, int m, int d) {
        return LocalDateTime.of(y, m, d, 0, 0).atOffset(java.time.ZoneOffset.ofHours(8));
    }

    List<DeadlineReached> of(long caseId) {
        return published.stream().filter(e -> e.caseId() == caseId).toList();
    }

    @Test
    void aMessageSentAfterHoursBeforeNationalDayAndItsRepliesAreClockedInWorkingDays() throws Exception {
        // Friday 26 Sep 2025, 18:00: after the cut-off; Saturday is off, Sunday 28 is an adjusted working day
        clock.set(LocalDateTime.of(2025, 9, 26, 18, 0));
        Receipt r = loop.submit(street.deputyPage(), "国庆前夕小区消防通道被占", null, null, true, street.block());
        long id = r.caseId();
        assertThat(due(id, "REVIEW").toInstant()).isEqualTo(china(2025, 9, 29).toInstant());

        // accepted Monday 29 Sep 10:00: 29 and 30 count, 1–8 Oct are the National Day and Mid-Autumn holidays, 9 Oct is day 3
        clock.set(LocalDateTime.of(2025, 9, 29, 10, 0));
        loop.post(street.reviewer(), "/review/cases/" + id + "/accept", "makePublic", "true", "publicText", "小区消防通道被占");
        assertThat(due(id, "FIRST_REPLY").toInstant()).isEqualTo(china(2025, 10, 10).toInstant());
        assertThat(jdbc.sql("select completed_at is not null from case_stage where case_id = ? and stage = 'REVIEW'")
                .param(1, id).query(Boolean.class).single()).isTrue();

        clock.set(LocalDateTime.of(2025, 10, 8, 12, 0));
        scanner.scan();
        assertThat(of(id)).isEmpty();
        loop.as(street.deputy().username(), get("/deputy")).andExpect(content().string(containsString("代表首次答复 · 正常")));

        clock.set(LocalDateTime.of(2025, 10, 9, 8, 0));
        scanner.scan();
        scanner.scan();
        assertThat(of(id)).extracting(DeadlineReached::kind).containsExactly(DeadlineReached.Kind.DUE_SOON);
        loop.as(street.deputy().username(), get("/deputy")).andExpect(content().string(containsString("即将到期")))
                .andExpect(content().string(containsString("期限 2025-10-09")));

        clock.set(LocalDateTime.of(2025, 10, 10, 0, 0, 1));
        scanner.scan();
        scanner.scan();
        assertThat(of(id)).extracting(DeadlineReached::kind)
                .containsExactly(DeadlineReached.Kind.DUE_SOON, DeadlineReached.Kind.OVERDUE);
        DeadlineReached overdue = of(id).get(1);
        assertThat(overdue.deputyId()).isEqualTo(street.deputy().id());
        assertThat(jdbc.sql("select count(*) from case_event where case_id = ? and type = 'ESCALATED'").param(1, id)
                .query(Long.class).single()).isEqualTo(1);
        loop.as(street.deputy().username(), get("/deputy/cases/" + id)).andExpect(content().string(containsString("已逾期")))
                .andExpect(content().string(containsString("督办")));
        loop.as(street.dispatcher(), get("/dispatch")).andExpect(content().string(containsString(r.ticket())));
        mvc.perform(get("/cases/" + r.ticket())).andExpect(content().string(containsString("人大工委督办")))
                .andExpect(content().string(containsString("已逾期")));
        loop.track(r.ticket(), r.queryCode())
                .andExpect(content().string(containsString("期限 2025-10-09")));

        // the late reply stops the clock; nothing more is sent
        loop.post(street.deputy().username(), "/deputy/cases/" + id + "/reply", "text", "节后第一天到现场").andExpect(status().is3xxRedirection());
        clock.set(LocalDateTime.of(2025, 10, 20, 9, 0));
        scanner.scan();
        assertThat(of(id)).hasSize(2);
    }

    @Test
    void anAssignmentIsDueTenWorkingDaysAfterDispatchAndExtendedInWorkingDays() throws Exception {
        clock.set(LocalDateTime.of(2026, 9, 21, 9, 0));
        long id = street.caseIn(CaseState.DISPATCH_REQUESTED, "中秋国庆前路面塌陷").caseId();
        clock.set(LocalDateTime.of(2026, 9, 21, 10, 0));
        // 21–24 Sep, 28–30 Sep, 8, 9 Oct and the adjusted Saturday 10 Oct: ten working days around two holidays
        loop.as(street.dispatcher(), get("/dispatch/cases/" + id)).andExpect(content().string(containsString("value=\"2026-10-10\"")));
        loop.post(street.dispatcher(), "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + street.department().id(),
                "dueDate", "2026-10-10").andExpect(status().is3xxRedirection());
        long a = loop.assignment(id, street.department().name());
        assertThat(jdbc.sql("select due_at from case_stage where assignment_id = ?").param(1, a).query(OffsetDateTime.class).single()
                .toInstant()).isEqualTo(china(2026, 10, 11).toInstant());
        loop.post(street.department().username(), "/department/assignments/" + a + "/extension", "days", "3", "reason", "需协调燃气公司");
        loop.post(street.dispatcher(), "/dispatch/assignments/" + a + "/extension", "grant", "true");
        assertThat(jdbc.sql("select due_date::text from assignment where id = ?").param(1, a).query(String.class).single())
                .isEqualTo("2026-10-14");
        assertThat(jdbc.sql("select due_at from case_stage where assignment_id = ? and completed_at is null").param(1, a)
                .query(OffsetDateTime.class).single().toInstant()).isEqualTo(china(2026, 10, 15).toInstant());

        // first seen when already overdue: escalated, and no belated "due soon"
        clock.set(LocalDateTime.of(2026, 10, 15, 8, 0));
        scanner.scan();
        assertThat(of(id)).extracting(DeadlineReached::kind).containsExactly(DeadlineReached.Kind.OVERDUE);
        assertThat(of(id).get(0).departmentId()).isEqualTo(street.department().id());
        assertThat(of(id).get(0).stage()).isEqualTo(org.mashang.calendar.Stage.ASSIGNMENT);
        loop.as(street.department().username(), get("/department")).andExpect(content().string(containsString("督办")));

        // the report stops the assignment's clock and starts the deputy's 15 working days to reply to the resident
        clock.set(LocalDateTime.of(2026, 10, 16, 9, 0));
        loop.post(street.department().username(), "/department/assignments/" + a + "/report", "feedback", "已回填修复");
        assertThat(due(id, "RESIDENT_REPLY").toInstant()).isEqualTo(china(2026, 11, 6).toInstant());
    }

    @Test
    void aPausedClockDoesNotRunAndResumingMovesTheDeadline() throws Exception {
        clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
        Receipt r = loop.submit(street.deputyPage(), "需要群众补充地址", null, null, true, street.block());
        clock.set(LocalDateTime.of(2026, 11, 2, 10, 0));
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept", "makePublic", "true", "publicText", "需要补充地址");
        assertThat(due(r.caseId(), "FIRST_REPLY").toInstant()).isEqualTo(china(2026, 11, 5).toInstant());

        clock.set(LocalDateTime.of(2026, 11, 3, 9, 0));
        loop.post(street.deputy().username(), "/deputy/cases/" + r.caseId() + "/pause", "reason", "").andExpect(status().isBadRequest());
        loop.post(street.deputies().get(1).username(), "/deputy/cases/" + r.caseId() + "/pause", "reason", "x").andExpect(status().isNotFound());
        loop.post(street.deputy().username(), "/deputy/cases/" + r.caseId() + "/pause", "reason", "等待群众补充具体地址")
                .andExpect(status().is3xxRedirection());
        loop.post(street.deputy().username(), "/deputy/cases/" + r.caseId() + "/pause", "reason", "again").andExpect(status().isConflict());

        clock.set(LocalDateTime.of(2026, 11, 5, 1, 0));
        scanner.scan();
        assertThat(of(r.caseId())).isEmpty();
        loop.as(street.deputy().username(), get("/deputy/cases/" + r.caseId())).andExpect(content().string(containsString("已暂停计时")));

        clock.set(LocalDateTime.of(2026, 11, 5, 9, 0));
        loop.post(street.deputy().username(), "/deputy/cases/" + r.caseId() + "/resume").andExpect(status().is3xxRedirection());
        // paused over 4 and 5 Nov: two working days more, the end of Friday 6 Nov
        assertThat(due(r.caseId(), "FIRST_REPLY").toInstant()).isEqualTo(china(2026, 11, 7).toInstant());
        loop.track(r.ticket(), r.queryCode())
                .andExpect(content().string(containsString("等待群众补充具体地址")))
                .andExpect(content().string(containsString("恢复计时，办理期限顺延至 2026-11-06")));
        loop.post(street.deputy().username(), "/deputy/cases/" + r.caseId() + "/resume").andExpect(status().isConflict());
    }

    @Test
    void reviewersKeepTheReviewClockAndNobodyElse() throws Exception {
        Receipt r = loop.submit(street.deputyPage(), "审核计时", null, null, true, street.block());
        loop.post(street.deputy().username(), "/deputy/cases/" + r.caseId() + "/pause", "reason", "x").andExpect(status().isConflict());
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/pause", "reason", "电话联系群众核实")
                .andExpect(status().is3xxRedirection());
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/resume").andExpect(status().is3xxRedirection());
    }
}
