package org.mashang.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.TestClock;
import org.mashang.proposals.internal.ProposalClockScanner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The units' clock: due soon, then overdue, each noticed exactly once however often the scan runs, with notices to the
 * units, and at the 督办 to the committee and the deputies.
 */
@IntegrationTest
class ProposalClockScanTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

    @Autowired
    ProposalClockScanner scanner;

    ProposalStoryTests story;

    @BeforeEach
    void setUp() {
        story = new ProposalStoryTests();
        story.mvc = mvc;
        story.jdbc = jdbc;
        story.users = users;
        story.setUp();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        story.tearDown();
    }

    @Test
    void dueSoonAndOverdueAreEachNoticedOnceWithTheirNotices() throws Exception {
        long id = story.assigned("关于时钟测试的建议", "时钟测试会议");
        LocalDate due = LocalDate.parse(story.column(id, "due_date"));

        clock.set(due.minusDays(20).atTime(LocalTime.NOON));
        scanner.scan();
        assertThat(story.column(id, "warned_at")).isNull();

        clock.set(due.minusDays(3).atTime(LocalTime.NOON));
        scanner.scan();
        scanner.scan();
        assertThat(events(id, "DUE_SOON")).isEqualTo(1);
        assertThat(notices(id, "deadline-due-soon")).isPositive();
        long dueSoon = notices(id, "deadline-due-soon");
        assertThat(events(id, "ESCALATED")).isZero();

        clock.set(due.plusDays(1).atTime(LocalTime.NOON));
        scanner.scan();
        scanner.scan();
        assertThat(events(id, "ESCALATED")).isEqualTo(1);
        assertThat(notices(id, "deadline-due-soon")).isEqualTo(dueSoon);
        assertThat(notices(id, "deadline-overdue")).isPositive();
        // the committee (dispatchers and the committee head) and the deputy hear of the 督办
        assertThat(jdbc.sql("""
                        select array_agg(distinct recipient_kind order by recipient_kind) from notification_outbox
                        where ticket = ? and template_key = 'deadline-escalation'""")
                .param(1, "建议-" + id).query(String.class).single())
                .contains("DISPATCHER").contains("COMMITTEE_HEAD").contains("DEPUTY");
        long escalations = notices(id, "deadline-escalation");
        scanner.scan();
        assertThat(notices(id, "deadline-escalation")).isEqualTo(escalations);

        // answered late: not on time
        story.answer(id, story.education, "B", "正在办理", null);
        assertThat(story.column(id, "answered_on_time")).isEqualTo("false");
    }

    @Test
    void aProposalFirstSeenAfterItsDueDateIsEscalatedWithoutABelatedWarning() throws Exception {
        long id = story.assigned("关于逾期才扫描的建议", "时钟测试会议");
        LocalDate due = LocalDate.parse(story.column(id, "due_date"));
        clock.set(due.plusDays(10).atTime(LocalTime.NOON));
        scanner.scan();
        assertThat(events(id, "ESCALATED")).isEqualTo(1);
        assertThat(events(id, "DUE_SOON")).isZero();
        assertThat(notices(id, "deadline-due-soon")).isZero();
    }

    @Test
    void twoScansAtOnceEscalateOnce() throws Exception {
        long id = story.assigned("关于并发扫描的建议", "时钟测试会议");
        LocalDate due = LocalDate.parse(story.column(id, "due_date"));
        clock.set(due.plusDays(2).atTime(LocalTime.NOON));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var a = pool.submit(() -> {
                start.await();
                return scanner.scan();
            });
            var b = pool.submit(() -> {
                start.await();
                return scanner.scan();
            });
            start.countDown();
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }
        assertThat(events(id, "ESCALATED")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification_outbox where ticket = ? and template_key = 'deadline-escalation'"
                + " and recipient_kind = 'COMMITTEE_HEAD'").param(1, "建议-" + id).query(Long.class).single()).isEqualTo(1);
    }

    long events(long id, String type) {
        return jdbc.sql("select count(*) from proposal_event where proposal_id = ? and type = ?").param(1, id).param(2, type)
                .query(Long.class).single();
    }

    long notices(long id, String template) {
        return jdbc.sql("select count(*) from notification_outbox where ticket = ? and template_key = ?").param(1, "建议-" + id)
                .param(2, template).query(Long.class).single();
    }
}
