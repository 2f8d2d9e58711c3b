package org.mashang.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestClock;
import org.mashang.TestData.Street;
import org.mashang.calendar.Stage;
import org.mashang.cases.DeadlineReached;
import org.mashang.cases.LoopDriver;
import org.mashang.cases.internal.DeadlineScanner;
import org.mashang.notify.internal.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A street's reviewers hear that messages are due for review once per deadline scan, not once per message: several
 * messages make one notice with their number and the first deadline (linking to the review queue), a single one keeps
 * its own notice (linking to it), and nothing is written when the scan's transaction rolls back. On a street of each
 * test's own, on dates of their own (Saturday 29 November 2025, the review due on Monday 1 December).
 */
@IntegrationTest
class ReviewsDueSoonTests {

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
    Outbox outbox;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MeterRegistry meters;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    LoopDriver loop;
    Street street;

    @BeforeEach
    void setUp() {
        loop = new LoopDriver(mvc, jdbc, users);
        street = data.street().create();
        // a day off: the messages' review counts from Monday, so no scan warns of them before the test does
        clock.set(LocalDateTime.of(2025, 11, 29, 10, 0));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    long submit(String text) throws Exception {
        return loop.submit(street.deputyPage(), text, null, null, false, street.block()).caseId();
    }

    /** The street's digests: recipient kind, name and body of each. */
    List<Map<String, Object>> digests() {
        return jdbc.sql("""
                        select recipient_kind, recipient_name, body from notification_outbox
                        where template_key = 'reviews-due-soon' and idempotency_key like ?""")
                .param(1, "reviews-due-soon:" + street.id() + ":%").query().listOfRows();
    }

    List<String> templatesOf(long caseId) {
        return outbox.ofCase(caseId).stream().map(r -> r.templateKey() + " → " + r.recipientKind()).toList();
    }

    @Test
    void severalMessagesDueForReviewMakeOneNoticePerReviewer() throws Exception {
        long a = submit("审核提醒测试：楼道灯坏了");
        long b = submit("审核提醒测试：垃圾桶满了");
        long c = submit("审核提醒测试：井盖松动");
        String first = jdbc.sql("select to_char(min(due_at) at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') from case_stage "
                + "where stage = 'REVIEW' and case_id in (?, ?, ?)").param(1, a).param(2, b).param(3, c).query(String.class).single();

        clock.set(LocalDateTime.of(2025, 12, 1, 9, 0));
        scanner.scan();

        assertThat(digests()).singleElement().satisfies(row -> {
            assertThat(row.get("recipient_kind")).isEqualTo("REVIEWER");
            assertThat((String) row.get("body")).contains("有 3 条留言").contains("最早 " + first).endsWith("/review");
        });
        for (long id : List.of(a, b, c)) {
            assertThat(templatesOf(id)).as("no notice of its own").doesNotContain("deadline-due-soon → REVIEWER");
            assertThat(jdbc.sql("select warned_at is not null from case_stage where case_id = ? and stage = 'REVIEW'").param(1, id)
                    .query(Boolean.class).single()).isTrue();
        }
        scanner.scan();
        assertThat(digests()).as("warned once").hasSize(1);
    }

    @Test
    void aDigestWithAnUrgentMessageInItGoesOutAtOnce() throws Exception {
        submit("审核提醒测试：路灯不亮");
        long urgent = submit("审核提醒测试：燃气味道很重");
        jdbc.sql("update cases set urgency = 'URGENT' where id = ?").param(1, urgent).update();
        double before = meters.counter("mashang.notify.urgent.at.once").count();

        clock.set(LocalDateTime.of(2025, 12, 1, 9, 0));
        scanner.scan();

        assertThat(digests()).hasSize(1);
        long deadline = System.currentTimeMillis() + 5000;
        while (meters.counter("mashang.notify.urgent.at.once").count() < before + 1 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(meters.counter("mashang.notify.urgent.at.once").count()).isGreaterThanOrEqualTo(before + 1);
    }

    @Test
    void aSingleMessageKeepsItsOwnNotice() throws Exception {
        long id = submit("审核提醒测试：只有一条");

        clock.set(LocalDateTime.of(2025, 12, 1, 9, 0));
        scanner.scan();

        assertThat(digests()).isEmpty();
        assertThat(templatesOf(id)).containsExactly("deadline-due-soon → REVIEWER");
        assertThat(outbox.ofCase(id).get(0).body()).contains("/review/cases/" + id);
    }

    DeadlineReached dueSoon(long caseId, Instant scan) {
        return new DeadlineReached(caseId, "T" + caseId, Stage.REVIEW, DeadlineReached.Kind.DUE_SOON,
                Instant.parse("2025-12-01T16:00:00Z"), null, null, null, street.station(), street.id(), scan);
    }

    @Test
    void aTransactionStartedInsideAnotherSendsItsOwnDigestWhenItCommits() {
        TransactionTemplate outer = new TransactionTemplate(transactions);
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        Instant first = Instant.parse("2025-12-01T01:00:00Z");
        Instant second = first.plusSeconds(60);
        outer.executeWithoutResult(s -> {
            events.publishEvent(dueSoon(-1, first));
            events.publishEvent(dueSoon(-2, first));
            inner.executeWithoutResult(i -> {
                events.publishEvent(dueSoon(-3, second));
                events.publishEvent(dueSoon(-4, second));
            });
            assertThat(digests()).as("the inner transaction's, at its commit").singleElement()
                    .satisfies(row -> assertThat((String) row.get("body")).contains("有 2 条留言"));
        });
        assertThat(digests()).hasSize(2).allSatisfy(row -> assertThat((String) row.get("body")).contains("有 2 条留言"));
    }

    @Test
    void aScanThatRollsBackWritesNoDigest() throws Exception {
        long a = submit("审核提醒测试：回滚一");
        long b = submit("审核提醒测试：回滚二");
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            for (long id : List.of(a, b)) {
                events.publishEvent(dueSoon(id, Instant.now()));
            }
            s.setRollbackOnly();
        });
        assertThat(digests()).isEmpty();
        assertThat(templatesOf(a)).isEmpty();
        assertThat(templatesOf(b)).isEmpty();
    }
}
