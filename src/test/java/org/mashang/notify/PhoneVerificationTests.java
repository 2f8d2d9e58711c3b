package org.mashang.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.PerTestData;
import org.mashang.TestClock;
import org.mashang.TestData;
import org.mashang.cases.LoopDriver;
import org.mashang.cases.internal.Receipt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * A resident proves a phone with a one-time code (6 digits, 5 minutes, 5 tries, rate-limited per phone and per address)
 * sent by SMS through the fake gateway, then lists their cases at /my without ticket numbers or query codes.
 */
@GatewayTest
class PhoneVerificationTests {

    static final AtomicInteger NEXT_PHONE = new AtomicInteger(1000);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

    LoopDriver loop;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    /** Each test's own street (two deputies), retired after it. */
    TestData.Street street;

    @BeforeEach
    void setUp() {
        street = data.street().deputies(2).create();
        loop = new LoopDriver(mvc, jdbc, users);
        FakeGateways.SMS.resetAll();
        FakeGateways.SMS.stubFor(post("/sms").willReturn(okJson("{\"messageId\":\"gw\"}")));
        // every test starts in a fresh hour for the rate limits
        clock.advance(Duration.ofHours(2));
    }

    static String newPhone() {
        return "1370000" + NEXT_PHONE.incrementAndGet();
    }

    ResultActions requestCode(String phone, String ip) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/verify/code").param("phone", phone).with(csrf())
                .with(r -> {
                    r.setRemoteAddr(ip);
                    return r;
                }));
    }

    ResultActions confirm(String phone, String code) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/verify/confirm").param("phone", phone).param("code", code).with(csrf()));
    }

    /** The code in the last SMS the gateway got for the phone. */
    static String lastCode(String phone) {
        List<JsonNode> sms = FakeGateways.smsTo(phone);
        assertThat(sms).isNotEmpty();
        JsonNode last = sms.get(sms.size() - 1);
        assertThat(last.path("templateId").asString()).isEqualTo("SMS_900");
        return last.path("params").path("code").asString();
    }

    /** Verifies the phone and returns the session cookie that proves it. */
    Cookie verified(String phone) throws Exception {
        requestCode(phone, "127.0.0.1").andExpect(status().isOk());
        var result = confirm(phone, lastCode(phone)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/my"))
                .andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("the verified phone is kept in the (database-backed) session").isNotNull();
        return session;
    }

    @Test
    void aCodeIsSentBySmsAndStoredOnlyHashed() throws Exception {
        String phone = newPhone();
        requestCode(phone, "127.0.0.1").andExpect(status().isOk())
                .andExpect(content().string(containsString("验证码已发送到 " + phone.substring(0, 3) + "****")));
        String code = lastCode(phone);
        assertThat(code).matches("\\d{6}");
        assertThat(FakeGateways.smsTo(phone).get(0).path("content").asString()).contains(code).contains("5 分钟");
        String stored = jdbc.sql("select code_hash || salt from phone_verification where phone = ?").param(1, phone)
                .query(String.class).single();
        assertThat(stored).doesNotContain(code);
        // nor is it left in the outbox once sent
        assertThat(jdbc.sql("select count(*) from notification_outbox where body like ? or params::text like ?")
                .param(1, "%" + code + "%").param(2, "%" + code + "%").query(Integer.class).single()).isZero();
    }

    @Test
    void aVerifiedResidentListsTheCasesOfTheirPhoneOnly() throws Exception {
        String mine = newPhone();
        String theirs = newPhone();
        Receipt first = loop.submit(street.deputyPage(), "我的第一条留言：楼道灯坏了", null, mine, false, street.block());
        Receipt second = loop.submit("/d/" + street.deputies().get(1).code(), "我的第二条留言：垃圾没人清", null, mine, false,
                street.block());
        Receipt other = loop.submit(street.deputyPage(), "别人的留言", null, theirs, false, street.block());

        mvc.perform(get("/my")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/verify"));
        Cookie session = verified(mine);
        mvc.perform(get("/my").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(first.ticket())))
                .andExpect(content().string(containsString(second.ticket())))
                .andExpect(content().string(not(containsString(other.ticket()))));
        mvc.perform(get("/my/cases/" + first.ticket()).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("楼道灯坏了")))
                .andExpect(content().string(not(containsString(first.queryCode()))));
        mvc.perform(get("/my/cases/" + other.ticket()).cookie(session)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("只能查看用已验证的手机号留下的留言")));
        mvc.perform(get("/my/cases/" + first.ticket())).andExpect(redirectedUrl("/verify"));

        mvc.perform(MockMvcRequestBuilders.post("/verify/forget").cookie(session).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/my").cookie(session)).andExpect(redirectedUrl("/verify"));
    }

    @Test
    void theVerifiedOwnerEvaluatesWithoutTheQueryCodeAndNotSolvedReopens() throws Exception {
        String phone = newPhone();
        Receipt mine = answered(phone, "我的留言：小区门口积水");
        Receipt other = answered(newPhone(), "别人的留言：小区门口积水");
        Cookie session = verified(phone);
        mvc.perform(get("/my/cases/" + mine.ticket()).cookie(session))
                .andExpect(content().string(containsString("/my/cases/" + mine.ticket() + "/evaluate")));
        mvc.perform(MockMvcRequestBuilders.post("/my/cases/" + other.ticket() + "/evaluate").param("satisfaction", "UNSATISFIED")
                .cookie(session).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.post("/my/cases/" + mine.ticket() + "/evaluate").param("satisfaction", "SATISFIED")
                .with(csrf())).andExpect(redirectedUrl("/verify"));
        mvc.perform(MockMvcRequestBuilders.post("/my/cases/" + mine.ticket() + "/evaluate").param("satisfaction", "NOPE")
                .cookie(session).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择满意、基本满意或不满意")));
        mvc.perform(MockMvcRequestBuilders.post("/my/cases/" + mine.ticket() + "/evaluate").param("satisfaction", "SATISFIED")
                .cookie(session).with(csrf())).andExpect(redirectedUrl("/my/cases/" + mine.ticket() + "?done=evaluated"));
        assertThat(loop.state(mine.caseId())).isEqualTo("EVALUATED");
        assertThat(loop.state(other.caseId())).isEqualTo("RESOLVED");

        // "没有解决" is the one way to ask for it to be handled again
        Receipt again = answered(phone, "我的另一条留言：路灯不亮");
        mvc.perform(MockMvcRequestBuilders.post("/my/cases/" + again.ticket() + "/evaluate").param("satisfaction", "UNSATISFIED")
                .param("comment", "路灯还是不亮").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/my/cases/" + again.ticket() + "?done=reopened"));
        assertThat(loop.state(again.caseId())).isEqualTo("REOPENED");
    }

    @Test
    void theCasesJoinedWithTheVerifiedPhoneAreListedAsSuchMaskedAndEvaluatedThere() throws Exception {
        String phone = newPhone();
        String openersPhone = newPhone();
        Receipt opened = loop.submit(street.deputyPage(), "第2区块消防通道被杂物堵塞，王秀英", "王秀英", openersPhone, true,
                street.block());
        loop.post(street.reviewer(), "/review/cases/" + opened.caseId() + "/accept", "makePublic", "true",
                "publicText", "王秀英反映：第2区块消防通道被杂物堵塞");
        loop.post(street.deputy().username(), "/deputy/cases/" + opened.caseId() + "/reply", "text", "收到，马上了解");
        mvc.perform(MockMvcRequestBuilders.post("/cases/" + opened.ticket() + "/metoo").param("submissionKey",
                java.util.UUID.randomUUID().toString()).param("phone", phone).with(csrf())).andExpect(status().is3xxRedirection());
        String own = jdbc.sql("select ticket from case_supporter where case_id = ? and resident_phone = ?")
                .param(1, opened.caseId()).param(2, phone).query(String.class).single();

        Cookie session = verified(phone);
        String list = mvc.perform(get("/my").cookie(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).as("listed, marked as joined, with the case it joined").contains("id=\"my-joined\"").contains(own)
                .contains("我也反映").contains(opened.ticket()).contains("消防通道被杂物堵塞")
                .as("masked as for a follower on /track").doesNotContain("王秀英").doesNotContain(openersPhone)
                .doesNotContain("id=\"no-cases\"");
        String page = mvc.perform(get("/my/cases/" + own).cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(own).contains(opened.ticket()).doesNotContain("王秀英").doesNotContain(openersPhone)
                .doesNotContain("id=\"evaluate\"");

        loop.post(street.deputy().username(), "/deputy/cases/" + opened.caseId() + "/resolve", "text", "已清理杂物");
        assertThat(mvc.perform(get("/my/cases/" + own).cookie(session)).andReturn().getResponse().getContentAsString())
                .contains("/my/cases/" + own + "/evaluate").contains("已清理杂物");
        Cookie someoneElse = verified(newPhone());
        mvc.perform(get("/my/cases/" + own).cookie(someoneElse)).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.post("/my/cases/" + own + "/evaluate").param("satisfaction", "SATISFIED")
                .cookie(someoneElse).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.post("/my/cases/" + own + "/evaluate").param("satisfaction", "SATISFIED")
                .cookie(session).with(csrf())).andExpect(redirectedUrl("/my/cases/" + own + "?done=evaluated"));
        assertThat(jdbc.sql("select satisfaction from case_supporter where ticket = ?").param(1, own).query(String.class).single())
                .isEqualTo("SATISFIED");
        assertThat(loop.state(opened.caseId())).as("a follower's evaluation is their own").isEqualTo("RESOLVED");
    }

    /** A case left with the phone and resolved by the deputy: waiting for the resident's evaluation. */
    Receipt answered(String phone, String text) throws Exception {
        Receipt r = loop.submit(street.deputyPage(), text, null, phone, false, street.block());
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept");
        loop.post(street.deputy().username(), "/deputy/cases/" + r.caseId() + "/reply", "text", "收到");
        loop.post(street.deputy().username(), "/deputy/cases/" + r.caseId() + "/resolve", "text", "已解决");
        return r;
    }

    @Test
    void aMessageLeftWithTheVerifiedPhoneIsMarkedVerifiedAnonymousOnesStillWork() throws Exception {
        String phone = newPhone();
        Cookie session = verified(phone);
        long verifiedCase = submit(session, phone);
        long otherPhone = submit(session, newPhone());
        long noSession = submit(null, phone);
        assertThat(contactVerified(verifiedCase)).isTrue();
        assertThat(contactVerified(otherPhone)).isFalse();
        assertThat(contactVerified(noSession)).isFalse();
        Receipt anonymous = loop.submit(street.deputyPage(), "匿名留言", null, null, false, street.block());
        assertThat(contactVerified(anonymous.caseId())).isFalse();
    }

    long submit(Cookie session, String phone) throws Exception {
        var request = MockMvcRequestBuilders.multipart(street.deputyPage()).param("text", "已验证手机号的留言")
                .param("categoryId", Long.toString(loop.id("select id from category where name = '市容环境'")))
                .param("publicChoice", "false").param("phone", phone)
                .param("submissionKey", java.util.UUID.randomUUID().toString()).with(csrf());
        if (session != null) {
            request.cookie(session);
        }
        Receipt r = loop.receipt(mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn());
        return r.caseId();
    }

    boolean contactVerified(long caseId) {
        return jdbc.sql("select contact_verified from cases where id = ?").param(1, caseId).query(Boolean.class).single();
    }

    @Test
    void aWrongCodeCountsAndFiveWrongCodesUseTheCodeUp() throws Exception {
        String phone = newPhone();
        requestCode(phone, "127.0.0.1");
        String code = lastCode(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        confirm(phone, wrong).andExpect(status().isBadRequest()).andExpect(content().string(containsString("验证码不正确，还可以再试 4 次")));
        for (int i = 0; i < 3; i++) {
            confirm(phone, wrong).andExpect(status().isBadRequest());
        }
        confirm(phone, wrong).andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("验证码输错次数太多")));
        confirm(phone, code).andExpect(status().isTooManyRequests());
        // a new code after the minute's limit works
        clock.advance(Duration.ofSeconds(61));
        requestCode(phone, "127.0.0.1").andExpect(status().isOk());
        confirm(phone, lastCode(phone)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aCodeExpiresAfterFiveMinutesAndIsGoodOnlyOnce() throws Exception {
        String phone = newPhone();
        requestCode(phone, "127.0.0.1");
        String code = lastCode(phone);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        confirm(phone, code).andExpect(status().isBadRequest()).andExpect(content().string(containsString("验证码已过期")));

        requestCode(phone, "127.0.0.1").andExpect(status().isOk());
        String fresh = lastCode(phone);
        clock.advance(Duration.ofMinutes(4));
        confirm(phone, fresh).andExpect(status().is3xxRedirection());
        confirm(phone, fresh).andExpect(status().isBadRequest()).andExpect(content().string(containsString("请重新获取验证码")));
    }

    @Test
    void codesAreRateLimitedPerPhone() throws Exception {
        String phone = newPhone();
        requestCode(phone, "127.0.0.1").andExpect(status().isOk());
        requestCode(phone, "127.0.0.1").andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("请 1 分钟后再重新获取")));
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofSeconds(61));
            requestCode(phone, "127.0.0.1").andExpect(status().isOk());
        }
        clock.advance(Duration.ofSeconds(61));
        requestCode(phone, "127.0.0.1").andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("1 小时内获取验证码的次数太多")));
        assertThat(FakeGateways.smsTo(phone)).hasSize(5);
    }

    @Test
    void codesAreRateLimitedPerAddress() throws Exception {
        String ip = "127.0.0.42";
        for (int i = 0; i < 20; i++) {
            requestCode(newPhone(), ip).andExpect(status().isOk());
        }
        String phone = newPhone();
        requestCode(phone, ip).andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("获取验证码的次数太多，请 1 小时后再试")));
        assertThat(FakeGateways.smsTo(phone)).isEmpty();
        requestCode(phone, "127.0.0.43").andExpect(status().isOk());
    }

    @Test
    void badInputIsRefusedInChinese() throws Exception {
        requestCode("0731-58880100", "127.0.0.1").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写 11 位手机号码")));
        mvc.perform(MockMvcRequestBuilders.post("/verify/code").with(csrf())).andExpect(status().isBadRequest());
        confirm(newPhone(), "12ab").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请输入短信中的 6 位数字验证码")));
        confirm(newPhone(), "123456").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("验证码已过期或还没有获取")));
        mvc.perform(get("/verify")).andExpect(status().isOk()).andExpect(content().string(containsString("获取验证码")));
    }
}
