package org.mashang.notify.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.PerTestData;
import org.mashang.TestClock;
import org.mashang.TestData.Street;
import org.mashang.cases.LoopDriver;
import org.mashang.cases.internal.Receipt;
import org.mashang.notify.ChannelKind;
import org.mashang.notify.DeliveryException;
import org.mashang.notify.FakeGateways;
import org.mashang.notify.GatewayTest;
import org.mashang.notify.OutboundMessage;
import org.mashang.notify.RecipientKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notices to residents who linked WeChat, against a fake WeChat API (WireMock): delivered with a cached token, a new
 * token after WeChat calls it expired, a quota answer retried later, a refusal sent again by SMS. Messages are left on a
 * street of each test's own.
 */
@GatewayTest
class WeChatChannelTests {

    static final AtomicInteger NEXT = new AtomicInteger(5000);

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
    WeChatLinks links;

    @Autowired
    WeChatProperties properties;

    @Autowired
    ChannelFallback fallback;

    @Autowired
    List<org.mashang.notify.NotificationChannel> channels;

    @Autowired
    TestClock clock;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    LoopDriver loop;
    Street street;

    @BeforeEach
    void setUp() {
        loop = new LoopDriver(mvc, jdbc, users);
        street = data.street().create();
        FakeGateways.SMS.resetAll();
        FakeGateways.SMS.stubFor(post("/sms").willReturn(okJson("{\"messageId\":\"gw\"}")));
        FakeGateways.SMS.stubFor(post("/wx/cgi-bin/stable_token").willReturn(okJson("{\"access_token\":\"TOKEN-A\",\"expires_in\":7200}")));
        // whatever other tests left due goes out first
        worker.deliverDue();
    }

    static String newPhone() {
        return "1360000" + NEXT.incrementAndGet();
    }

    /** A resident who linked WeChat leaves a message with their phone, and the reviewer accepts it. */
    Outbox.Row acceptedFor(String phone, String openid) throws Exception {
        links.link(openid, phone, clock.instant());
        Receipt r = loop.submit(street.deputyPage(), "微信通知测试：路灯不亮", null, phone, false, street.block());
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept");
        return outbox.ofCase(r.caseId()).stream().filter(x -> x.templateKey().equals("resident-accepted")).findFirst().orElseThrow();
    }

    static void wechatAnswers(String json) {
        FakeGateways.SMS.stubFor(post(urlPathEqualTo("/wx/cgi-bin/message/template/send")).willReturn(okJson(json)));
    }

    @Test
    void aLinkedResidentGetsTheTemplateMessageWithTheAccountsFieldsAndNoSms() throws Exception {
        String phone = newPhone();
        wechatAnswers("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":200228332}");
        Outbox.Row row = acceptedFor(phone, "oWx-linked-1");
        assertThat(row.channel()).isEqualTo(ChannelKind.WECHAT);
        assertThat(row.address()).as("the outbox names the phone, never the openid").isEqualTo(phone);
        worker.deliverNow(row.id());
        Outbox.Row sent = outbox.find(row.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(Outbox.Status.SENT);
        assertThat(sent.providerId()).isEqualTo("200228332");
        FakeGateways.SMS.verify(postRequestedFor(urlPathEqualTo("/wx/cgi-bin/message/template/send"))
                .withQueryParam("access_token", equalTo("TOKEN-A"))
                .withRequestBody(matchingJsonPath("$.touser", equalTo("oWx-linked-1")))
                .withRequestBody(matchingJsonPath("$.template_id", equalTo("TPL_ACCEPTED")))
                .withRequestBody(matchingJsonPath("$.url", equalTo("https://mashang.example.org/track?ticket=" + row.ticket())))
                .withRequestBody(matchingJsonPath("$.data.character_string1.value", equalTo(row.ticket())))
                .withRequestBody(matchingJsonPath("$.data.thing2.value")));
        worker.deliverDue();
        assertThat(FakeGateways.smsTo(phone)).extracting(j -> j.path("templateId").asString())
                .as("the receipt at submission has no WeChat template: SMS").containsExactly("resident-received");
        assertThat(jdbc.sql("select count(*) from wechat_link where openid_sealed like '%oWx-linked-1%'").query(Long.class).single())
                .as("the openid is sealed at rest").isZero();
    }

    @Test
    void anExpiredTokenIsFetchedAgainAndTheMessageSentOnce() throws Exception {
        String phone = newPhone();
        links.link("oWx-token", phone, clock.instant());
        FakeGateways.SMS.stubFor(post("/wx/cgi-bin/stable_token").inScenario("token").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"access_token\":\"OLD\",\"expires_in\":7200}")).willSetStateTo("renewed"));
        FakeGateways.SMS.stubFor(post("/wx/cgi-bin/stable_token").inScenario("token").whenScenarioStateIs("renewed")
                .willReturn(okJson("{\"access_token\":\"NEW\",\"expires_in\":7200}")));
        FakeGateways.SMS.stubFor(post(urlPathEqualTo("/wx/cgi-bin/message/template/send")).withQueryParam("access_token", equalTo("OLD"))
                .willReturn(okJson("{\"errcode\":42001,\"errmsg\":\"access_token expired\"}")));
        FakeGateways.SMS.stubFor(post(urlPathEqualTo("/wx/cgi-bin/message/template/send")).withQueryParam("access_token", equalTo("NEW"))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":7}")));
        WeChatApi api = new WeChatApi(properties, RestClient.builder(), JsonMapper.shared(), clock);
        WeChatChannel channel = new WeChatChannel(properties, links, api);
        OutboundMessage m = new OutboundMessage(1, "resident-accepted", phone, "已受理", "您的留言已受理",
                Map.of("ticket", "261201-00001", "deputyName", "张三", "link", "https://mashang.example.org/track?ticket=261201-00001"));
        assertThat(channel.send(m)).isEqualTo("7");
        assertThat(channel.send(m)).as("the new token is kept").isEqualTo("7");
        FakeGateways.SMS.verify(2, postRequestedFor(urlPathEqualTo("/wx/cgi-bin/stable_token")).withRequestBody(equalToJson(
                "{\"grant_type\":\"client_credential\",\"appid\":\"wx0000test\",\"secret\":\"wx-test-secret\"}")));
        FakeGateways.SMS.verify(1, postRequestedFor(urlPathEqualTo("/wx/cgi-bin/message/template/send"))
                .withQueryParam("access_token", equalTo("OLD")));
        FakeGateways.SMS.verify(2, postRequestedFor(urlPathEqualTo("/wx/cgi-bin/message/template/send"))
                .withQueryParam("access_token", equalTo("NEW")));

        // a token WeChat keeps refusing is not retried in a loop: once, then later
        clock.advance(Duration.ofHours(3));
        FakeGateways.SMS.stubFor(post(urlPathEqualTo("/wx/cgi-bin/message/template/send"))
                .willReturn(okJson("{\"errcode\":40001,\"errmsg\":\"invalid credential\"}")));
        assertThatThrownBy(() -> channel.send(m)).isInstanceOf(DeliveryException.class).hasMessageContaining("40001")
                .satisfies(e -> assertThat(((DeliveryException) e).permanent()).isFalse());
    }

    @Test
    void subscriptionNoticesGoThroughBizsendWithThePageAndTheMappedFieldsCut() throws Exception {
        String phone = newPhone();
        links.link("oWx-subscribe", phone, clock.instant());
        WeChatProperties subscribe = new WeChatProperties(properties.appId(), properties.appSecret(), properties.apiBaseUrl(),
                properties.openBaseUrl(), "subscribe", Map.of("resident-replied", new WeChatProperties.Template("SUB_1",
                        Map.of("character_string1", "ticket", "thing2", "reply"))), Duration.ofSeconds(1), Duration.ofSeconds(2));
        FakeGateways.SMS.stubFor(post(urlPathEqualTo("/wx/cgi-bin/message/subscribe/bizsend"))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        WeChatChannel channel = new WeChatChannel(subscribe, links, new WeChatApi(subscribe, RestClient.builder(), JsonMapper.shared(), clock));
        OutboundMessage m = new OutboundMessage(2, "resident-replied", phone, "代表已答复", "代表已答复您的留言",
                Map.of("ticket", "261201-00002", "reply", "已联系物业，本周内修好楼道的灯，请您留意。谢谢", "link", "https://mashang.example.org/track?ticket=261201-00002"));
        assertThat(channel.send(m)).isNull();
        FakeGateways.SMS.verify(postRequestedFor(urlPathEqualTo("/wx/cgi-bin/message/subscribe/bizsend"))
                .withRequestBody(matchingJsonPath("$.template_id", equalTo("SUB_1")))
                .withRequestBody(matchingJsonPath("$.page", equalTo("https://mashang.example.org/track?ticket=261201-00002")))
                .withRequestBody(matchingJsonPath("$.data.character_string1.value", equalTo("261201-00002")))
                .withRequestBody(matchingJsonPath("$.data.thing2.value", equalTo("已联系物业，本周内修好楼道的灯，请您留…"))));
        // a notice the account has no template for is not WeChat's: it fails here and goes by SMS
        assertThatThrownBy(() -> channel.send(new OutboundMessage(3, "resident-closed", phone, "", "", Map.of())))
                .satisfies(e -> assertThat(((DeliveryException) e).permanent()).isTrue());
    }

    @Test
    void aQuotaAnswerIsRetriedLaterOnWeChatWithoutSms() throws Exception {
        String phone = newPhone();
        wechatAnswers("{\"errcode\":45009,\"errmsg\":\"reach max api daily quota limit\"}");
        Outbox.Row row = acceptedFor(phone, "oWx-quota");
        worker.deliverNow(row.id());
        Outbox.Row later = outbox.find(row.id()).orElseThrow();
        assertThat(later.status()).isEqualTo(Outbox.Status.PENDING);
        assertThat(later.lastError()).contains("45009");
        assertThat(later.nextAttemptAt()).isAfter(clock.instant());

        wechatAnswers("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":9}");
        clock.advance(Duration.ofMinutes(2));
        worker.deliverDue();
        assertThat(outbox.find(row.id()).orElseThrow().status()).isEqualTo(Outbox.Status.SENT);
        assertThat(FakeGateways.smsTo(phone)).extracting(j -> j.path("templateId").asString()).containsExactly("resident-received");
    }

    @Test
    void aWeChatNoticeThatRunsOutOfAttemptsGoesBySms() throws Exception {
        String phone = newPhone();
        wechatAnswers("{\"errcode\":45011,\"errmsg\":\"api minute-quota reach limit\"}");
        Outbox.Row row = acceptedFor(phone, "oWx-exhausted");
        NotifyProperties.Delivery oneAttempt = new NotifyProperties.Delivery(false, Duration.ofSeconds(10), 10, 1,
                Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(2), Duration.ofDays(3));
        new DeliveryWorker(outbox, fallback, channels, oneAttempt, clock, "one-attempt").deliverNow(row.id());
        Outbox.Row failed = outbox.find(row.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(Outbox.Status.FAILED);
        assertThat(failed.lastError()).contains("45011").contains("已改用其他渠道发送");
        worker.deliverDue();
        assertThat(FakeGateways.smsTo(phone)).extracting(j -> j.path("templateId").asString())
                .containsExactly("resident-received", "SMS_101");
    }

    @Test
    void aResidentWhoRefusesTheAccountsMessagesGetsTheNoticeBySmsOnce() throws Exception {
        for (int refusal : new int[] {43101, 43004}) {
            String phone = newPhone();
            wechatAnswers("{\"errcode\":" + refusal + ",\"errmsg\":\"user refuse to accept the msg rid: 1\"}");
            Outbox.Row row = acceptedFor(phone, "oWx-refuses-" + refusal);
            worker.deliverNow(row.id());
            Outbox.Row failed = outbox.find(row.id()).orElseThrow();
            assertThat(failed.status()).isEqualTo(Outbox.Status.FAILED);
            assertThat(failed.lastError()).contains(Integer.toString(refusal)).contains("已改用其他渠道发送");
            worker.deliverDue();
            List<Outbox.Row> rows = outbox.ofCase(row.caseId()).stream()
                    .filter(x -> x.templateKey().equals("resident-accepted")).toList();
            assertThat(rows).extracting(Outbox.Row::channel).containsExactly(ChannelKind.WECHAT, ChannelKind.SMS);
            assertThat(rows.get(1).status()).isEqualTo(Outbox.Status.SENT);
            assertThat(FakeGateways.smsTo(phone)).extracting(j -> j.path("templateId").asString())
                    .containsExactly("resident-received", "SMS_101");
            // handling the same failure again writes no second SMS
            assertThat(fallback.after(failed, clock.instant())).isEmpty();
        }
    }

    @Test
    void residentsWithoutALinkAndStaffAreNotSentToWeChat() throws Exception {
        String phone = newPhone();
        Receipt r = loop.submit(street.deputyPage(), "没有绑定微信的留言", null, phone, false, street.block());
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept");
        assertThat(outbox.ofCase(r.caseId())).extracting(Outbox.Row::channel).doesNotContain(ChannelKind.WECHAT);
        assertThat(outbox.ofCase(r.caseId())).filteredOn(x -> x.recipientKind() == RecipientKind.RESIDENT)
                .extracting(Outbox.Row::channel).containsOnly(ChannelKind.SMS);
        links.link("oWx-unlinked", phone, clock.instant());
        assertThat(links.unlink(phone)).isTrue();
        assertThat(links.linked(phone)).isFalse();
    }
}
