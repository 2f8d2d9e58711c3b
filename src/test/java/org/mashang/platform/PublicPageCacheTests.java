package org.mashang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerClassData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Public pages kept in memory (on here; the other tests render every page): a scan of a sign costs no database work,
 * each visitor still gets their own CSRF token and form key, and the form of a kept page works.
 */
@IntegrationTest
@TestPropertySource(properties = "mashang.pages.cache-ttl=10m")
@DirtiesContext // a configuration no other test class uses: closed after this class, not kept running to the end of the run
class PublicPageCacheTests {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern KEY = Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"");

    /** Six deputies: each test looks at a kept page of its own. */
    @RegisterExtension
    static final PerClassData data = new PerClassData(s -> s.deputies(6));

    @Autowired
    MockMvc mvc;

    static String page(int deputy) {
        return "/d/" + data.street().deputies().get(deputy).code();
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ApplicationEventPublisher events;

    long connectionsTaken() {
        var timer = meters.find("hikaricp.connections.acquire").timer();
        assertThat(timer).as("the pool's metrics").isNotNull();
        return timer.count();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    long scansStored() {
        return jdbc.sql("select coalesce(sum(scans), 0) from sign_scan").query(Long.class).single();
    }

    @Test
    void aScanOfASignTakesNoDatabaseConnectionAndMakesNoSession() throws Exception {
        mvc.perform(get(page(0))).andExpect(status().isOk());
        long sessions = count("spring_session");
        long scans = scansStored();
        long taken = connectionsTaken();
        for (int i = 0; i < 20; i++) {
            MvcResult result = mvc.perform(get(page(0))).andExpect(status().isOk()).andReturn();
            assertThat(result.getResponse().getCookie("SESSION")).isNull();
        }
        assertThat(connectionsTaken()).as("connections taken for 20 page views").isEqualTo(taken);
        assertThat(count("spring_session")).isEqualTo(sessions);
        assertThat(scansStored()).as("scans are counted in memory").isEqualTo(scans);
    }

    @Test
    void aMessageFormTooLargeToReadComesBackWithItsReasonNotAsTheKeptPage() throws Exception {
        mvc.perform(get("/s/" + data.street().stationCode())).andExpect(status().isOk());
        // what RequestScreening does with a form over the multipart limits: the page again, as with GET, with the reason
        String reason = "提交的内容太大：每张照片不能超过 20 MB。请重新选择照片后再提交。";
        String page = mvc.perform(get("/s/" + data.street().stationCode()).requestAttr(UploadProblem.ATTRIBUTE, reason))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(reason);
        assertThat(mvc.perform(get("/s/" + data.street().stationCode())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .as("the kept page, for the next visitor").doesNotContain(reason);
    }

    @Test
    void eachVisitorGetsTheirOwnTokenAndFormKeyAndTheFormWorks() throws Exception {
        MvcResult first = mvc.perform(get(page(1))).andExpect(status().isOk()).andReturn();
        MvcResult second = mvc.perform(get(page(1))).andExpect(status().isOk()).andReturn();
        String a = first.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String b = second.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(find(CSRF, a)).isNotEqualTo(find(CSRF, b));
        assertThat(find(KEY, a)).isNotEqualTo(find(KEY, b)).matches("[0-9a-f-]{36}");
        // a kept page goes out with the headers Spring Security gave it when it was rendered
        for (MvcResult r : java.util.List.of(first, second)) {
            assertThat(r.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.getResponse().getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
            assertThat(r.getResponse().getHeader("Cache-Control")).contains("no-store");
            assertThat(r.getResponse().getHeaders("X-Frame-Options")).hasSize(1);
        }
        // the same page otherwise
        assertThat(a.replace(find(CSRF, a), "").replace(find(KEY, a), ""))
                .isEqualTo(b.replace(find(CSRF, b), "").replace(find(KEY, b), ""));

        Cookie xsrf = second.getResponse().getCookie("XSRF-TOKEN");
        assertThat(xsrf).as("the visitor's CSRF cookie").isNotNull();
        MvcResult sent = mvc.perform(multipart(page(1)).cookie(xsrf).param("_csrf", find(CSRF, b))
                        .param("submissionKey", find(KEY, b)).param("text", "从内存里的页面提交的留言")
                        .param("categoryId", Long.toString(jdbc.sql("select min(id) from category").query(Long.class).single()))
                        .param("publicChoice", "false"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(sent.getResponse().getCookie("mashang_pass")).as("the receipt on the device").isNotNull();
        assertThat(jdbc.sql("select count(*) from cases where message_text = '从内存里的页面提交的留言'").query(Long.class).single()).isEqualTo(1);
        // a token that belongs to no one is refused, as on any page
        mvc.perform(multipart(page(1)).cookie(xsrf).param("_csrf", "made-up").param("submissionKey", find(KEY, a))
                .param("text", "伪造").param("publicChoice", "false")).andExpect(status().isForbidden());
    }

    @Test
    void signedInStaffAndRequestsWithAQueryGetAFreshPage() throws Exception {
        mvc.perform(get(page(2))).andExpect(status().isOk());
        // signed in as a browser is, with the login page's own token (MockMvc's csrf() would swap Spring Security's
        // token repository for a test one in this context), and then a session cookie
        MvcResult login = mvc.perform(get("/login")).andReturn();
        Cookie session = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                        .cookie(login.getResponse().getCookie("XSRF-TOKEN"))
                        .param("_csrf", find(CSRF, login.getResponse().getContentAsString(StandardCharsets.UTF_8)))
                        .param("username", data.street().reviewer()).param("password", "mashang2026"))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).as("the session of a signed-in reviewer").isNotNull();
        String staff = mvc.perform(get(page(2)).cookie(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(staff).contains("工作台").contains("id=\"nav-search\"").doesNotContain("工作人员登录");
        String anonymous = mvc.perform(get(page(2))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(anonymous).doesNotContain("工作台").doesNotContain("nav-search").contains("工作人员登录");
        // the tracking form is kept; a case is tracked by POST (never a kept page), and a query is rendered afresh
        mvc.perform(get("/track")).andExpect(status().isOk());
        mvc.perform(get("/track").param("ticket", "000000-00000")).andExpect(status().isOk());
    }

    @Test
    void anAdministratorsChangeShowsAtOnce() throws Exception {
        long deputy = data.street().deputies().get(3).id();
        assertThat(mvc.perform(get(page(3))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("缓存测试介绍");
        // the class's own deputy: nothing to put back afterwards
        jdbc.sql("update deputy set intro = '缓存测试介绍' where id = ?").param(deputy).update();
        events.publishEvent(new ReferenceDataChanged("test"));
        assertThat(mvc.perform(get(page(3))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("缓存测试介绍");
    }

    @Test
    void aKeptPageGoesOutCompressedToBrowsersThatTakeGzip() throws Exception {
        mvc.perform(get(page(4))).andExpect(status().isOk());
        MvcResult zipped = mvc.perform(get(page(4)).header("Accept-Encoding", "gzip, deflate")).andReturn();
        assertThat(zipped.getResponse().getHeader("Content-Encoding")).isEqualTo("gzip");
        byte[] body = zipped.getResponse().getContentAsByteArray();
        String html;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(html).contains("提交留言");
        assertThat(find(KEY, html)).matches("[0-9a-f-]{36}");
        assertThat(find(CSRF, html)).doesNotStartWith("csrf");
        assertThat(body.length).isLessThan(html.getBytes(StandardCharsets.UTF_8).length / 2);
    }

    @Test
    void residentsWritingToTheSameDeputyEachSeeTheirOwnReceiptInTheirLanguage() throws Exception {
        // the receipt page is kept rendered per deputy and language; each resident's ticket, code and time are filled in
        String category = Long.toString(jdbc.sql("select min(id) from category").query(Long.class).single());
        java.util.List<Cookie> passes = new java.util.ArrayList<>();
        for (int resident = 0; resident < 3; resident++) {
            MvcResult form = mvc.perform(get(page(5))).andExpect(status().isOk()).andReturn();
            String html = form.getResponse().getContentAsString(StandardCharsets.UTF_8);
            MvcResult sent = mvc.perform(multipart(page(5)).cookie(form.getResponse().getCookie("XSRF-TOKEN"))
                            .param("_csrf", find(CSRF, html)).param("submissionKey", find(KEY, html))
                            .param("text", "楼道灯不亮了，第 " + resident + " 位居民。").param("categoryId", category).param("publicChoice", "false"))
                    .andExpect(status().is3xxRedirection()).andReturn();
            passes.add(sent.getResponse().getCookie("mashang_pass"));
        }
        java.util.List<String> tickets = new java.util.ArrayList<>();
        java.util.List<String> codes = new java.util.ArrayList<>();
        for (Cookie pass : passes) {
            String html = mvc.perform(get(page(5) + "/received").cookie(pass)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            tickets.add(find(Pattern.compile("id=\"ticket\">([^<]+)<"), html));
            codes.add(find(Pattern.compile("id=\"query-code\"[^>]*>([^<]+)<"), html));
            assertThat(html).contains("留言已提交", "/track/" + tickets.get(tickets.size() - 1) + "/receipt.png", "/track/" + tickets.get(tickets.size() - 1) + "\"");
        }
        // each page is its resident's own: the tickets stored, in the order sent, each with its own code
        assertThat(tickets).doesNotHaveDuplicates().isEqualTo(jdbc.sql("""
                        select ticket from cases where message_text like '楼道灯不亮了，第 _ 位居民。' order by id""")
                .query(String.class).list());
        assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("\\d{4} \\d{4}"));
        for (int resident = 0; resident < 3; resident++) {
            String code = codes.get(resident).replace(" ", "");
            MvcResult form = mvc.perform(get("/track")).andExpect(status().isOk()).andReturn();
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/track")
                            .cookie(form.getResponse().getCookie("XSRF-TOKEN"))
                            .param("_csrf", find(CSRF, form.getResponse().getContentAsString(StandardCharsets.UTF_8)))
                            .param("ticket", tickets.get(resident)).param("code", code))
                    .andExpect(status().is3xxRedirection());
        }
        String english = mvc.perform(get(page(5) + "/received").cookie(passes.get(1)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains(tickets.get(1), codes.get(1), "Message sent").doesNotContain("留言已提交");
    }

    static String find(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as("%s in the page", pattern).isTrue();
        return m.group(1);
    }
}
