package org.mashang.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.PerTestData;
import org.mashang.TestClock;
import org.mashang.TestData.Street;
import org.mashang.cases.LoopDriver;
import org.mashang.cases.internal.Receipt;
import org.mashang.notify.internal.DeliveryWorker;
import org.mashang.notify.internal.Outbox;
import org.mashang.platform.ReferenceDataChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The loop with the production channels: residents by SMS through the fake gateway, staff by email to the local SMTP. On
 * a street of each test's own, whose deputy, dispatcher and street office have an email address.
 */
@GatewayTest
class GatewayLoopTests {

    @RegisterExtension
    final PerTestData data = new PerTestData();

    Street street;
    List<String> staffWithEmail;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    DeliveryWorker worker;

    @Autowired
    Outbox outbox;

    @Autowired
    TestClock clock;

    LoopDriver loop;

    @BeforeEach
    void setUp() {
        loop = new LoopDriver(mvc, jdbc, users);
        street = data.street().create();
        staffWithEmail = List.of(street.deputy().username(), street.dispatcher(), street.department().username());
        FakeGateways.SMS.resetAll();
        FakeGateways.SMS.stubFor(post("/sms").willReturn(okJson("{\"messageId\":\"gw\"}")));
        jdbc.sql("update staff_user set email = username || '@mashang.test' where username in (:u)").param("u", staffWithEmail)
                .update();
        // as the admin pages do after changing an account
        events.publishEvent(new ReferenceDataChanged("staff"));
    }

    @AfterEach
    void tearDown() {
        jdbc.sql("update staff_user set email = null where username in (:u)").param("u", staffWithEmail).update();
        events.publishEvent(new ReferenceDataChanged("staff"));
    }

    @Autowired
    ApplicationEventPublisher events;

    List<String> subjects(String address) {
        return FakeGateways.mailTo(address).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void eachStepReachesTheResidentBySmsAndStaffByEmailExactlyOnce() throws Exception {
        String deputyMail = street.deputy().username() + "@mashang.test";
        String dispatcherMail = street.dispatcher() + "@mashang.test";
        String departmentMail = street.department().username() + "@mashang.test";
        int deputyMailsBefore = subjects(deputyMail).size();
        int dispatcherMailsBefore = subjects(dispatcherMail).size();
        int departmentMailsBefore = subjects(departmentMail).size();
        Receipt r = loop.submit(street.deputyPage(), "莲城大道晚上有流动摊贩占道经营", null, "13900001111", true, street.block());
        long id = r.caseId();
        long office = street.department().id();
        loop.post(street.reviewer(), "/review/cases/" + id + "/accept");
        loop.post(street.deputy().username(), "/deputy/cases/" + id + "/reply", "text", "已到现场查看。", "requestDispatch", "true",
                "departmentIds", "" + office);
        loop.post(street.dispatcher(), "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + office, "dueDate", loop.due());
        loop.post(street.department().username(), "/department/assignments/" + loop.assignment(id, street.department().name())
                + "/report", "feedback", "已整治");
        loop.post(street.deputy().username(), "/deputy/cases/" + id + "/reply-to-resident", "text", "摊贩已规范经营，请评价。");

        worker.deliverDue();
        worker.deliverDue();
        assertThat(FakeGateways.SMTP.waitForIncomingEmail(5000, 1)).isTrue();

        List<JsonNode> sms = FakeGateways.smsTo("13900001111");
        assertThat(sms).extracting(j -> j.path("templateId").asString())
                .containsExactly("resident-received", "SMS_101", "resident-replied", "resident-dispatched", "resident-closed");
        assertThat(sms).allSatisfy(j -> {
            assertThat(j.path("content").asString()).contains(r.ticket())
                    .contains("https://mashang.example.org/track?ticket=" + r.ticket()).doesNotContain(r.queryCode());
            assertThat(j.path("params").path("ticket").asString()).isEqualTo(r.ticket());
        });
        assertThat(sms.stream().map(j -> j.path("requestId").asString()).distinct()).hasSize(5);

        assertThat(subjects(deputyMail).subList(deputyMailsBefore, subjects(deputyMail).size()))
                .containsExactlyInAnyOrder("新留言待您答复", "部门已全部反馈，请答复群众");
        assertThat(subjects(dispatcherMail).subList(dispatcherMailsBefore, subjects(dispatcherMail).size()))
                .containsExactly("代表提请交办");
        List<MimeMessage> department = FakeGateways.mailTo(departmentMail);
        assertThat(department).hasSize(departmentMailsBefore + 1);
        assertThat(department.get(department.size() - 1).getContent().toString())
                .contains(r.ticket()).contains("https://mashang.example.org/department/assignments/");
        assertThat(outbox.ofCase(id)).allSatisfy(row -> assertThat(row.status()).isEqualTo(Outbox.Status.SENT));
    }

    @Test
    void aFailingGatewayIsRetriedUntilItAnswersAndTheResidentGetsTheMessageOnce() throws Exception {
        FakeGateways.SMS.resetAll();
        FakeGateways.SMS.stubFor(post("/sms").willReturn(aResponse().withStatus(502)));
        Receipt r = loop.submit(street.deputyPage(), "网关故障测试", null, "13900003333", false, street.block());
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept");
        worker.deliverDue();
        Outbox.Row row = outbox.ofCase(r.caseId()).stream().filter(x -> x.recipientKind() == RecipientKind.RESIDENT)
                .filter(x -> x.templateKey().equals("resident-accepted")).findFirst().orElseThrow();
        assertThat(outbox.find(row.id()).orElseThrow().status()).isEqualTo(Outbox.Status.PENDING);
        assertThat(outbox.find(row.id()).orElseThrow().lastError()).contains("502");

        FakeGateways.SMS.stubFor(post("/sms").willReturn(okJson("{\"messageId\":\"ok\"}")));
        clock.advance(Duration.ofMinutes(1));
        worker.deliverDue();
        worker.deliverDue();
        assertThat(outbox.find(row.id()).orElseThrow().status()).isEqualTo(Outbox.Status.SENT);
        assertThat(FakeGateways.smsTo("13900003333")).filteredOn(j -> j.path("requestId").asString().equals("mashang-" + row.id()))
                .hasSize(2);
    }

    @Test
    void aResidentWhoLeftOnlyAnEmailIsWrittenTo() throws Exception {
        Receipt r = loop.submit(street.deputyPage(), "只留邮箱", null, null, false, null, "email", "resident@mashang.test");
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept");
        worker.deliverDue();
        assertThat(FakeGateways.SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(FakeGateways.SMTP.waitForIncomingEmail(5000, 2)).isTrue();
        assertThat(subjects("resident@mashang.test")).containsExactly("您的留言已收到", "您的留言已受理");
    }
}
