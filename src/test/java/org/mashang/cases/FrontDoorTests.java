package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestData;
import org.mashang.TestImages;
import org.mashang.cases.internal.Receipt;
import org.mashang.directory.DeputyLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The resident's front door: the form-first page, its errors, kept photos, languages, elder mode, receipts. */
@IntegrationTest
class FrontDoorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    /** Each test's street, its deputies provincial (as a deputy with a sign at a station often is), retired after it. */
    @RegisterExtension
    final PerTestData data = new PerTestData();

    TestData.Street street() {
        return data.street().levels(DeputyLevel.PROVINCIAL, DeputyLevel.CITY).withFormerDeputy().create();
    }

    LoopDriver loop() {
        return new LoopDriver(mvc, jdbc, users);
    }

    MockMultipartHttpServletRequestBuilder message(String path, String key, String category) {
        var request = multipart(path).param("text", "小区门口的路灯坏了").param("publicChoice", "true").param("submissionKey", key);
        if (category != null) {
            request.param("categoryId", category);
        }
        return (MockMultipartHttpServletRequestBuilder) request.with(csrf());
    }

    static String category(TestData.Street street) {
        return "" + street.category();
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theDeputysPageLeadsWithAShortCardAndTheFormWithRequiredFields() throws Exception {
        TestData.Street street = street();
        String name = street.deputy().name();
        mvc.perform(get(street.deputyPage())).andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>" + name + " · 码上找代表</title>")))
                .andExpect(content().string(containsString("href=\"#leave\"")))
                .andExpect(content().string(containsString("id=\"leave\"")))
                .andExpect(content().string(containsString("required")))
                .andExpect(content().string(containsString("maxlength=\"2000\"")))
                .andExpect(content().string(containsString("property=\"og:title\" content=\"" + name + "\"")))
                .andExpect(content().string(containsString("property=\"og:description\" content=\"给" + name + "（省人大代表，")))
                .andExpect(content().string(containsString("property=\"og:image\" content=\"http://localhost:8080/img/og.png\"")))
                .andExpect(content().string(containsString("href=\"/privacy\"")))
                // the site's organiser (mashang.site.organiser), whatever the deputy's street
                .andExpect(content().string(containsString("万楼街道人大工委")))
                // nothing inline for the coming CSP: scripts come from files
                .andExpect(content().string(not(containsString("onclick="))))
                .andExpect(content().string(not(containsString("<script>"))));
        // the form comes before the yearly record
        String page = page(street.deputyPage());
        assertThat(page.indexOf("id=\"message-form\"")).isLessThan(page.indexOf("id=\"record-summary\""));
    }

    @Test
    void aFormerDeputysPageLeadsWithTheNoticeAndTheServingDeputies() throws Exception {
        TestData.Street street = street();
        String page = page("/d/" + street.deputies().get(2).code());
        assertThat(page).contains("这位代表目前不在任").contains(street.deputyPage()).doesNotContain("record-summary")
                .doesNotContain("message-form");
        assertThat(page.indexOf("这位代表目前不在任")).isLessThan(page.indexOf(street.deputyPage()));
    }

    @Test
    void aRefusedFormListsItsProblemsAtTheTopMarksTheFieldsAndKeepsThePhotos() throws Exception {
        TestData.Street street = street();
        String path = street.deputyPage();
        String key = UUID.randomUUID().toString();
        long before = loop().id("select count(*) from cases");
        String page = mvc.perform(message(path, key, null)
                        .file(new MockMultipartFile("photos", "a.png", "image/png", TestImages.png())))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"error-summary\"").contains("href=\"#categoryId\"").contains("请选择问题类别")
                .contains("aria-invalid=\"true\"").contains("aria-describedby=\"categoryId-error\"").contains("id=\"categoryId-error\"")
                .contains("照片 1 已保留").contains("name=\"keepPhoto\"");
        assertThat(page.indexOf("id=\"error-summary\"")).as("the summary is at the top").isLessThan(page.indexOf("id=\"message-form\""));

        // fixed: the kept photo goes with the message without being picked again
        var result = mvc.perform(message(path, key, category(street)).param("keepPhoto", "1"))
                .andExpect(status().is3xxRedirection()).andReturn();
        Receipt receipt = loop().receipt(result);
        assertThat(loop().id("select count(*) from cases")).isEqualTo(before + 1);
        assertThat(loop().id("select count(*) from case_photo where case_id = ?", receipt.caseId())).isEqualTo(1);
        assertThat(loop().id("select count(*) from pending_photo where submission_key = ?", key)).isZero();
    }

    @Test
    void anUntickedKeptPhotoIsDropped() throws Exception {
        TestData.Street street = street();
        String path = street.deputyPage();
        String key = UUID.randomUUID().toString();
        mvc.perform(message(path, key, null).file(new MockMultipartFile("photos", "a.png", "image/png", TestImages.png())))
                .andExpect(status().isBadRequest());
        Receipt receipt = loop().receipt(mvc.perform(message(path, key, category(street))).andReturn());
        assertThat(loop().id("select count(*) from case_photo where case_id = ?", receipt.caseId())).isZero();
    }

    @Test
    void englishByTheBrowsersLanguageByTheSwitchAndForErrors() throws Exception {
        TestData.Street street = street();
        mvc.perform(get(street.deputyPage()).header("Accept-Language", "en-US,en;q=0.9")).andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"en\"")))
                .andExpect(content().string(containsString("Send message")))
                .andExpect(content().string(containsString("Provincial deputy")));
        mvc.perform(get(street.deputyPage()).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"))
                .andExpect(content().string(containsString("提交留言")));
        // the switch keeps the choice in a cookie, over the browser's language
        var switched = mvc.perform(get("/prefs").param("lang", "en").param("back", "/cases")).andExpect(redirectedUrl("/cases"))
                .andReturn().getResponse().getCookie("mashang_lang");
        assertThat(switched).isNotNull();
        mvc.perform(get("/track").cookie(switched).header("Accept-Language", "zh-CN")).andExpect(content().string(containsString("Track a message")));
        mvc.perform(get("/find").param("lang", "en")).andExpect(content().string(containsString("Who is my deputy?")));
        // refused in English, in English
        mvc.perform(message(street.deputyPage(), UUID.randomUUID().toString(), null).cookie(switched)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Please choose a topic")));
        mvc.perform(get("/d/nosuch").cookie(switched)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("We could not find this deputy")));
        for (String page : new String[] {"/", "/cases", "/stats", "/stations/" + street.stationCode() + "/receptions", "/privacy",
                "/s/" + street.stationCode()}) {
            mvc.perform(get(page).cookie(switched)).andExpect(status().isOk()).andExpect(content().string(containsString("lang=\"en\"")));
        }
    }

    @Test
    void elderModeIsASwitchKeptInACookieAndTheSwitchOnlyLeadsBackToThisSite() throws Exception {
        String path = street().deputyPage();
        Cookie elder = mvc.perform(get("/prefs").param("elder", "on").param("back", path)).andExpect(redirectedUrl(path))
                .andReturn().getResponse().getCookie("mashang_elder");
        assertThat(elder).isNotNull();
        assertThat(elder.isHttpOnly()).isTrue();
        mvc.perform(get(path).cookie(elder)).andExpect(content().string(matchesPattern("(?s).*/css/elder-[0-9a-f]+\\.css.*")))
                .andExpect(content().string(containsString("标准版")));
        mvc.perform(get(path)).andExpect(content().string(not(containsString("/css/elder"))));
        mvc.perform(get("/prefs").param("elder", "on").param("back", "//evil.example.com/x")).andExpect(redirectedUrl("/"));
        mvc.perform(get("/prefs").param("elder", "on").param("back", "https://evil.example.com")).andExpect(redirectedUrl("/"));
    }

    @Test
    void anonymousResidentPagesCreateNoServerSession() throws Exception {
        TestData.Street street = street();
        for (String page : new String[] {"/", street.deputyPage(), "/s/" + street.stationCode(), "/find?q=测试街道-" + street.key(),
                "/track", "/cases", "/privacy"}) {
            var response = mvc.perform(get(page)).andExpect(status().isOk()).andReturn();
            assertThat(response.getRequest().getSession(false)).as(page).isNull();
        }
    }

    @Test
    void theReceiptImageIsForTheDeviceThatKnowsTheCode() throws Exception {
        TestData.Street street = street();
        var result = mvc.perform(message("/d/" + street.deputies().get(1).code(), UUID.randomUUID().toString(), category(street)))
                .andReturn();
        Cookie pass = result.getResponse().getCookie("mashang_pass");
        Receipt receipt = loop().receipt(result);
        byte[] png = mvc.perform(get("/track/" + receipt.ticket() + "/receipt.png").cookie(pass)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(720);
        mvc.perform(get("/track/" + receipt.ticket() + "/receipt.png")).andExpect(status().isNotFound());
    }

    @Test
    void aPrivateEvaluationCommentStaysOffTheWall() throws Exception {
        TestData.Street street = street();
        String deputy = street.deputy().username();
        Receipt r = loop().submit(street.deputyPage(), "楼下垃圾桶满了没人清", null, null, true, street.block());
        loop().post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept", "makePublic", "true", "publicText", "楼下垃圾桶满了没人清");
        loop().post(deputy, "/deputy/cases/" + r.caseId() + "/reply", "text", "收到");
        loop().post(deputy, "/deputy/cases/" + r.caseId() + "/resolve", "text", "已联系环卫，今天清运");
        // the answer first, the evaluation right under it, and it says the comment would be public
        String page = loop().track(r.ticket(), r.queryCode()).andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("id=\"answer\"")).isLessThan(page.indexOf("id=\"evaluate\""));
        assertThat(page.indexOf("id=\"evaluate\"")).isLessThan(page.indexOf("楼下垃圾桶满了没人清"));
        assertThat(page).contains("已联系环卫，今天清运").contains("您的意见会和评价一起显示在留言墙上").contains("没有解决");
        loop().onCase(r.ticket(), r.queryCode(), "evaluate", "satisfaction", "SATISFIED", "comment", "清洁工阿姨很负责，电话13900001234",
                "keepPrivate", "true").andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + r.ticket())).andExpect(content().string(containsString("满意")))
                .andExpect(content().string(not(containsString("清洁工阿姨很负责"))));
        loop().as(deputy, get("/deputy/cases/" + r.caseId())).andExpect(content().string(containsString("清洁工阿姨很负责")));
    }

    @Test
    void theAdministratorSeesTheAddressPrintedIntoCodesAndAWarningWhileItIsLocalhost() throws Exception {
        String admin = street().admin();
        for (String page : new String[] {"/admin/signs", "/admin"}) {
            loop().as(admin, get(page)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"printed-base-url\">http://localhost:8080<")))
                    .andExpect(content().string(containsString("id=\"address-warning-localhost\"")));
        }
    }

    @Test
    void thePrivacyNoticeSaysWhatIsCollectedWhyWhoSeesItHowLongAndHowToDelete() throws Exception {
        mvc.perform(get("/privacy")).andExpect(status().isOk())
                .andExpect(content().string(containsString("我们收集什么")))
                .andExpect(content().string(containsString("为什么收集")))
                .andExpect(content().string(containsString("谁能看到")))
                .andExpect(content().string(containsString("办结后保存 3 年")))
                .andExpect(content().string(containsString("删除")))
                .andExpect(content().string(containsString("0731-58880100")));
        mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
    }
}
