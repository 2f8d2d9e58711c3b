package org.mashang.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestData;
import org.mashang.cases.CaseAction;
import org.mashang.cases.CaseState;
import org.mashang.cases.CaseTransitioned;
import org.mashang.cases.DeadlineReached;
import org.mashang.cases.LoopDriver;
import org.mashang.calendar.Stage;
import org.mashang.cases.internal.Receipt;
import org.mashang.notify.internal.DeliveryWorker;
import org.mashang.notify.internal.EvaluationReminders;
import org.mashang.notify.internal.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every state change of a case writes exactly the right notifications to the outbox, in the transaction of the
 * change; delivered through the dev channel (the demo's default) once each.
 */
@IntegrationTest
class NotificationLoopTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Outbox outbox;

    @Autowired
    DeliveryWorker worker;

    @Autowired
    EvaluationReminders reminders;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    LoopDriver loop;

    @BeforeEach
    void driver() {
        loop = new LoopDriver(mvc, jdbc, users);
    }

    /** Runs a step and returns the notifications it wrote for the case, as "template → recipient kind". */
    Set<String> step(long caseId, Step step) throws Exception {
        int before = outbox.ofCase(caseId).size();
        step.run();
        List<Outbox.Row> all = outbox.ofCase(caseId);
        return all.subList(before, all.size()).stream().map(r -> r.templateKey() + " → " + r.recipientKind())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    interface Step {
        void run() throws Exception;
    }

    List<Outbox.Row> rows(long caseId, String template) {
        return outbox.ofCase(caseId).stream().filter(r -> r.templateKey().equals(template)).toList();
    }

    @Test
    void everyStepOfTheLoopNotifiesTheRightPeopleOnce() throws Exception {
        TestData.Street street = data.street().departments("城管办", "执法中队", "综治办").create();
        TestData.Person deputy = street.deputy();
        Receipt r = loop.submit(street.deputyPage(), "莲城大道晚上有流动摊贩占道经营", "王女士", "13800001234", true, null,
                "email", "wang@example.com");
        long id = r.caseId();
        long office = street.departments().get(0).id();
        long zhifa = street.departments().get(1).id();
        String zhifaStaff = street.departments().get(1).username();
        assertThat(outbox.ofCase(id)).as("a new message waits for review: only the resident's receipt is sent")
                .extracting(row -> row.templateKey() + " → " + row.recipientKind()).containsExactly("resident-received → RESIDENT");
        assertThat(rows(id, "resident-received").get(0).body()).contains("您的留言已收到").contains(r.ticket())
                .contains("/track?ticket=" + r.ticket()).doesNotContain(r.queryCode());

        assertThat(step(id, () -> loop.post(street.reviewer(), "/review/cases/" + id + "/accept")))
                .containsExactly("deputy-new-case → DEPUTY", "resident-accepted → RESIDENT");
        assertThat(step(id, () -> loop.post(deputy.username(), "/deputy/cases/" + id + "/reply", "text", "已到现场查看，将提请交办。",
                "requestDispatch", "true", "departmentIds", "" + office)))
                .containsExactly("dispatcher-dispatch-requested → DISPATCHER", "resident-replied → RESIDENT");
        assertThat(step(id, () -> loop.post(street.dispatcher(), "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + office,
                "departmentIds", "" + zhifa, "dueDate", loop.due())))
                .containsExactly("department-new-assignment → DEPARTMENT", "resident-dispatched → RESIDENT");
        assertThat(rows(id, "department-new-assignment")).extracting(Outbox.Row::recipientName)
                .containsExactlyInAnyOrder(street.departments().get(0).name() + "经办人", street.departments().get(1).name() + "经办人");

        long a1 = loop.assignment(id, street.departments().get(0).name());
        long a2 = loop.assignment(id, street.departments().get(1).name());
        assertThat(step(id, () -> loop.post(zhifaStaff, "/department/assignments/" + a2 + "/extension", "days", "5", "reason", "需要协调")))
                .containsExactly("dispatcher-extension-requested → DISPATCHER");
        assertThat(step(id, () -> loop.post(street.dispatcher(), "/dispatch/assignments/" + a2 + "/extension?grant=true")))
                .containsExactly("department-extension-decided → DEPARTMENT");
        assertThat(rows(id, "department-extension-decided").get(0).body()).contains("已同意");
        assertThat(step(id, () -> loop.post(street.department().username(), "/department/assignments/" + a1 + "/report",
                "feedback", "已设置警示牌")))
                .as("one department of two reported: nobody needs to act yet").isEmpty();
        assertThat(step(id, () -> loop.post(zhifaStaff, "/department/assignments/" + a2 + "/report", "feedback", "已规劝摊贩入市")))
                .containsExactly("deputy-feedback-complete → DEPUTY");
        assertThat(step(id, () -> loop.post(deputy.username(), "/deputy/cases/" + id + "/reply-to-resident", "text",
                "经城管办和执法中队整治，摊贩已规范经营。")))
                .containsExactly("resident-closed → RESIDENT");
        assertThat(step(id, () -> loop.onCase(r.ticket(), r.queryCode(), "evaluate",
                "satisfaction", "UNSATISFIED")))
                .containsExactly("case-reopened → DEPUTY", "case-reopened → DISPATCHER");
        TestData.Person zongzhi = street.departments().get(2);
        loop.post(street.dispatcher(), "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + zongzhi.id(), "dueDate", loop.due());
        long a3 = loop.assignment(id, zongzhi.name());
        assertThat(step(id, () -> loop.post(zongzhi.username(), "/department/assignments/" + a3 + "/return", "reason", "不属于本部门职责")))
                .containsExactly("dispatcher-returned → DISPATCHER");

        List<Outbox.Row> all = outbox.ofCase(id);
        // each (event, recipient, template) once
        assertThat(all.stream().map(Outbox.Row::idempotencyKey).distinct()).hasSize(all.size());
        assertThat(rows(id, "deputy-new-case")).extracting(Outbox.Row::recipientName).contains(deputy.name());
        assertThat(rows(id, "dispatcher-dispatch-requested")).extracting(Outbox.Row::recipientName)
                .contains("测试交办员-" + street.key());

        // the resident's texts carry the ticket and the tracking link, never the query code
        List<Outbox.Row> resident = all.stream().filter(x -> x.recipientKind() == RecipientKind.RESIDENT).toList();
        assertThat(resident).extracting(Outbox.Row::templateKey).containsExactly("resident-received", "resident-accepted", "resident-replied",
                "resident-dispatched", "resident-closed", "resident-dispatched");
        assertThat(resident).allSatisfy(x -> {
            assertThat(x.body()).contains(r.ticket()).contains("/track?ticket=" + r.ticket()).doesNotContain(r.queryCode());
            assertThat(x.channel()).isEqualTo(ChannelKind.DEV);
            assertThat(x.address()).isEqualTo("13800001234");
        });
        assertThat(rows(id, "resident-accepted").get(0).body()).contains(deputy.name() + "代表");
        assertThat(rows(id, "resident-replied").get(0).body()).contains("已到现场查看，将提请交办。");
        assertThat(rows(id, "resident-closed").get(0).body()).contains("摊贩已规范经营").contains("评价");

        // delivered through the dev channel, once each, however often the worker runs
        worker.deliverDue();
        worker.deliverDue();
        for (Outbox.Row row : outbox.ofCase(id)) {
            assertThat(outbox.find(row.id()).orElseThrow().status()).isEqualTo(Outbox.Status.SENT);
            assertThat(devMessages(row.id())).isEqualTo(1);
        }
    }

    @Test
    void theResidentHearsOfARejectionWithItsReason() throws Exception {
        TestData.Street street = data.street().create();
        Receipt r = loop.submit(street.deputyPage(), "广告推销", null, "13800005678", false, street.block());
        assertThat(step(r.caseId(), () -> loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/reject",
                "reason", "不属于人大代表履职范围", "detail", "请联系市场监管部门")))
                .containsExactly("resident-rejected → RESIDENT");
        assertThat(rows(r.caseId(), "resident-rejected").get(0).body())
                .contains(r.ticket()).contains("不属于人大代表履职范围：请联系市场监管部门");
    }

    @Test
    void anAnonymousResidentIsNeverNotifiedButStaffAre() throws Exception {
        TestData.Street street = data.street().create();
        Receipt r = loop.submit(street.deputyPage(), "匿名反映：路灯坏了", null, null, false, street.block());
        assertThat(step(r.caseId(), () -> loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept")))
                .containsExactly("deputy-new-case → DEPUTY");
    }

    @Test
    void aResidentWithOnlyAnEmailIsNotifiedThere() throws Exception {
        TestData.Street street = data.street().create();
        Receipt r = loop.submit(street.deputyPage(), "只留了邮箱", null, null, false, null, "email", "only-mail@example.com");
        step(r.caseId(), () -> loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept"));
        assertThat(rows(r.caseId(), "resident-accepted")).singleElement()
                .satisfies(x -> assertThat(x.address()).isEqualTo("only-mail@example.com"));
    }

    @Test
    void aBadEmailIsRefusedOnTheFormInChinese() throws Exception {
        TestData.Street street = data.street().create();
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(street.deputyPage())
                .param("text", "留言").param("categoryId", Long.toString(loop.id("select id from category where name = '市容环境'")))
                .param("publicChoice", "false").param("email", "not-an-email")
                .param("submissionKey", java.util.UUID.randomUUID().toString())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
        mvc.perform(request).andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("电子邮箱格式不正确")));
    }

    @Test
    void theSameEventPublishedTwiceIsWrittenOnceAndARolledBackChangeWritesNothing() throws Exception {
        TestData.Street own = data.street().create();
        Receipt r = loop.submit(own.deputyPage(), "重复事件", null, "13800009999", false, own.block());
        long deputy = own.deputy().id();
        long station = loop.id("select station_id from cases where id = ?", r.caseId());
        long street = loop.id("select street_id from cases where id = ?", r.caseId());
        CaseTransitioned accepted = new CaseTransitioned(r.caseId(), r.ticket(), CaseAction.ACCEPT, CaseState.SUBMITTED,
                CaseState.ACCEPTED, deputy, station, street, Instant.now(), null,
                new org.mashang.cases.CaseContacts.ResidentContact(r.caseId(), r.ticket(), null, "13800009999", null, false));
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(s -> events.publishEvent(accepted));
        tx.executeWithoutResult(s -> events.publishEvent(accepted));
        // the receipt at submission, then the resident and the deputy once each
        assertThat(outbox.ofCase(r.caseId())).hasSize(3);

        CaseTransitioned other = new CaseTransitioned(r.caseId(), r.ticket(), CaseAction.REPLY, CaseState.ACCEPTED,
                CaseState.REPLIED, deputy, station, street, Instant.now(), "回复", accepted.contact());
        tx.executeWithoutResult(s -> {
            events.publishEvent(other);
            s.setRollbackOnly();
        });
        assertThat(outbox.ofCase(r.caseId())).hasSize(3);
    }

    @Test
    void deadlinesWarnTheResponsibleAndEscalateToDispatchersAndTheCommitteeHead() throws Exception {
        TestData.Street own = data.street().create();
        long id = own.caseIn(CaseState.DISPATCH_REQUESTED, "期限测试：垃圾清运不及时").caseId();
        String ticket = jdbc.sql("select ticket from cases where id = ?").param(1, id).query(String.class).single();
        long deputy = own.deputy().id();
        long station = loop.id("select station_id from cases where id = ?", id);
        long street = loop.id("select street_id from cases where id = ?", id);
        Instant due = Instant.parse("2026-12-01T10:00:00Z");
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Set<String> soon = step(id, () -> tx.executeWithoutResult(s -> events.publishEvent(new DeadlineReached(id, ticket,
                Stage.FIRST_REPLY, DeadlineReached.Kind.DUE_SOON, due, deputy, null, null, station, street, Instant.now()))));
        assertThat(soon).containsExactly("deadline-due-soon → DEPUTY");
        Set<String> overdue = step(id, () -> tx.executeWithoutResult(s -> events.publishEvent(new DeadlineReached(id, ticket,
                Stage.FIRST_REPLY, DeadlineReached.Kind.OVERDUE, due, deputy, null, null, station, street, Instant.now()))));
        assertThat(overdue).containsExactly("deadline-escalation → COMMITTEE_HEAD", "deadline-escalation → DISPATCHER",
                "deadline-overdue → DEPUTY");
        Outbox.Row head = rows(id, "deadline-escalation").stream()
                .filter(x -> x.recipientKind() == RecipientKind.COMMITTEE_HEAD).findFirst().orElseThrow();
        assertThat(head.recipientName()).isEqualTo(own.committeeHead());
        assertThat(head.body()).contains("代表首次答复").contains("2026-12-01 18:00").contains(own.deputy().name() + "代表");

        long office = own.department().id();
        loop.post(own.dispatcher(), "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + office, "dueDate", loop.due());
        long a = loop.assignment(id, own.department().name());
        Set<String> assignment = step(id, () -> tx.executeWithoutResult(s -> events.publishEvent(new DeadlineReached(id, ticket,
                Stage.ASSIGNMENT, DeadlineReached.Kind.OVERDUE, due, deputy, a, office, station, street, Instant.now()))));
        assertThat(assignment).containsExactly("deadline-escalation → COMMITTEE_HEAD", "deadline-escalation → DISPATCHER",
                "deadline-overdue → DEPARTMENT");
        assertThat(rows(id, "deadline-overdue").stream().filter(x -> x.recipientKind() == RecipientKind.DEPARTMENT)
                .findFirst().orElseThrow().body()).contains("/department/assignments/" + a);
    }

    @Test
    void aResidentWhoHasNotEvaluatedIsRemindedOnce() throws Exception {
        TestData.Street street = data.street().create();
        Receipt r = loop.submit(street.deputyPage(), "提醒评价测试", null, "13800007777", false, street.block());
        long id = r.caseId();
        loop.post(street.reviewer(), "/review/cases/" + id + "/accept");
        loop.post(street.deputy().username(), "/deputy/cases/" + id + "/reply", "text", "收到");
        loop.post(street.deputy().username(), "/deputy/cases/" + id + "/resolve", "text", "已经解决");
        assertThat(reminders.remind() >= 0).isTrue();
        assertThat(rows(id, "resident-evaluate")).as("answered just now: too early").isEmpty();
        jdbc.sql("update cases set closed_at = closed_at - interval '4 days' where id = ?").param(1, id).update();
        reminders.remind();
        reminders.remind();
        assertThat(rows(id, "resident-evaluate")).singleElement()
                .satisfies(x -> assertThat(x.body()).contains(r.ticket()).contains("/track?ticket="));
    }

    int devMessages(long outboxId) {
        return jdbc.sql("select count(*) from notification_dev_message where outbox_id = ?").param(1, outboxId)
                .query(Integer.class).single();
    }
}
