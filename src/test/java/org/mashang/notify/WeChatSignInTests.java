package org.mashang.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.PerTestData;
import org.mashang.TestClock;
import org.mashang.TestData.Street;
import org.mashang.cases.LoopDriver;
import org.mashang.cases.internal.Receipt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A resident signs in with WeChat (snsapi_base) against a fake WeChat: the first time they verify their phone once and
 * their WeChat is linked to it; afterwards WeChat alone opens /my. A changed state, a bad code and a missing session
 * are refused with a clear 400. The resident's message is left on a street of the test's own.
 */
@GatewayTest
class WeChatSignInTests {

    static final String WECHAT_BROWSER = "Mozilla/5.0 (Linux; Android 10) MicroMessenger/8.0.47";
    static final AtomicInteger NEXT = new AtomicInteger(7000);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    LoopDriver loop;

    @BeforeEach
    void setUp() {
        loop = new LoopDriver(mvc, jdbc, users);
        FakeGateways.SMS.resetAll();
        FakeGateways.SMS.stubFor(post("/sms").willReturn(okJson("{\"messageId\":\"gw\"}")));
        // a fresh hour for the rate limits of codes and sign-ins
        clock.advance(Duration.ofHours(2));
    }

    static void wechatGives(String code, String answer) {
        FakeGateways.SMS.stubFor(get(urlPathEqualTo("/wx/sns/oauth2/access_token")).withQueryParam("code", equalTo(code))
                .withQueryParam("appid", equalTo("wx0000test")).withQueryParam("secret", equalTo("wx-test-secret"))
                .withQueryParam("grant_type", equalTo("authorization_code")).willReturn(okJson(answer)));
    }

    /** The sign-in's redirect to WeChat; returns the state and the session cookie. */
    String[] startSignIn() throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.get("/wechat/signin")).andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx0000test"
                        + "&redirect_uri=https%3A%2F%2Fmashang.example.org%2Fwechat%2Fcallback&response_type=code&scope=snsapi_base&state=")
                .endsWith("#wechat_redirect");
        String state = location.substring(location.indexOf("state=") + 6, location.indexOf('#'));
        assertThat(state).hasSize(32);
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("the state is kept in the session").isNotNull();
        return new String[] {state, session.getValue()};
    }

    MvcResult back(String code, String state, String session) throws Exception {
        var request = MockMvcRequestBuilders.get("/wechat/callback").param("code", code).param("state", state);
        if (session != null) {
            request.cookie(new Cookie("SESSION", session));
        }
        return mvc.perform(request).andReturn();
    }

    static String session(MvcResult result, String before) {
        Cookie renewed = result.getResponse().getCookie("SESSION");
        return renewed == null ? before : renewed.getValue();
    }

    @Test
    void theFirstSignInLinksTheVerifiedPhoneAndTheNextOpensMyCasesWithoutSms() throws Exception {
        String phone = "1350000" + NEXT.incrementAndGet();
        Street street = data.street().create();
        Receipt mine = loop.submit(street.deputyPage(), "微信登录测试的留言", null, phone, false, street.block());
        String openid = "oWx-signin-" + phone;
        wechatGives("CODE-1", "{\"access_token\":\"web\",\"expires_in\":7200,\"refresh_token\":\"r\",\"openid\":\"" + openid
                + "\",\"scope\":\"snsapi_base\"}");

        String[] first = startSignIn();
        MvcResult notLinked = back("CODE-1", first[0], first[1]);
        assertThat(notLinked.getResponse().getRedirectedUrl()).isEqualTo("/verify");
        String session = session(notLinked, first[1]);
        mvc.perform(MockMvcRequestBuilders.get("/verify").cookie(new Cookie("SESSION", session)))
                .andExpect(content().string(containsString("wechat-pending"))).andExpect(content().string(not(containsString(openid))));
        mvc.perform(MockMvcRequestBuilders.post("/verify/code").param("phone", phone).cookie(new Cookie("SESSION", session)).with(csrf()))
                .andExpect(status().isOk());
        String code = FakeGateways.smsTo(phone).get(FakeGateways.smsTo(phone).size() - 1).path("params").path("code").asString();
        MvcResult verified = mvc.perform(MockMvcRequestBuilders.post("/verify/confirm").param("phone", phone).param("code", code)
                .cookie(new Cookie("SESSION", session)).with(csrf())).andExpect(redirectedUrl("/my")).andReturn();
        assertThat(jdbc.sql("select count(*) from wechat_link where phone = ?").param(1, phone).query(Long.class).single()).isOne();
        int smsAfterLinking = FakeGateways.smsTo(phone).size();

        // later, on another visit: WeChat alone, no code
        String[] second = startSignIn();
        wechatGives("CODE-2", "{\"access_token\":\"web2\",\"expires_in\":7200,\"openid\":\"" + openid + "\",\"scope\":\"snsapi_base\"}");
        MvcResult signedIn = back("CODE-2", second[0], second[1]);
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/my");
        assertThat(signedIn.getResponse().getRedirectedUrl()).doesNotContain(openid);
        Cookie proof = new Cookie("SESSION", session(signedIn, second[1]));
        mvc.perform(MockMvcRequestBuilders.get("/my").cookie(proof)).andExpect(status().isOk())
                .andExpect(content().string(containsString(mine.ticket()))).andExpect(content().string(not(containsString(openid))));
        assertThat(FakeGateways.smsTo(phone)).hasSize(smsAfterLinking);
        FakeGateways.SMS.verify(2, getRequestedFor(urlPathEqualTo("/wx/sns/oauth2/access_token")));

        // the verify page offers to unlink; unlinking stops the sign-in from opening /my
        mvc.perform(MockMvcRequestBuilders.get("/verify").cookie(proof)).andExpect(content().string(containsString("wechat-unlink")));
        mvc.perform(MockMvcRequestBuilders.post("/wechat/unlink").cookie(proof).with(csrf())).andExpect(redirectedUrl("/verify"));
        assertThat(jdbc.sql("select count(*) from wechat_link where phone = ?").param(1, phone).query(Long.class).single()).isZero();
        assertThat(verified.getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void aStateThatIsNotTheSessionsIsRefusedAndCannotBeReplayed() throws Exception {
        wechatGives("CODE-S", "{\"access_token\":\"web\",\"expires_in\":7200,\"openid\":\"oWx-state\",\"scope\":\"snsapi_base\"}");
        String[] started = startSignIn();
        MvcResult forged = back("CODE-S", "A" + started[0].substring(1), started[1]);
        assertThat(forged.getResponse().getStatus()).isEqualTo(400);
        assertThat(forged.getResponse().getContentAsString()).contains("微信登录已过期");
        assertThat(back("CODE-S", started[0], started[1]).getResponse().getStatus()).as("the state is used up").isEqualTo(400);
        assertThat(back("CODE-S", started[0], null).getResponse().getStatus()).as("no session").isEqualTo(400);
        FakeGateways.SMS.verify(0, getRequestedFor(urlPathEqualTo("/wx/sns/oauth2/access_token")));
    }

    @Test
    void aCodeWeChatRefusesIsAClearError() throws Exception {
        wechatGives("USED", "{\"errcode\":40163,\"errmsg\":\"code been used\"}");
        String[] started = startSignIn();
        MvcResult refused = back("USED", started[0], started[1]);
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(refused.getResponse().getContentAsString()).contains("微信登录没有成功");
        String[] again = startSignIn();
        MvcResult empty = back("", again[0], again[1]);
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void theButtonShowsInsideWeChatOnly() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/verify").header("User-Agent", WECHAT_BROWSER))
                .andExpect(content().string(containsString("用微信登录")));
        mvc.perform(MockMvcRequestBuilders.get("/verify").header("User-Agent", "Mozilla/5.0 Chrome/120"))
                .andExpect(content().string(not(containsString("用微信登录"))));
    }
}
