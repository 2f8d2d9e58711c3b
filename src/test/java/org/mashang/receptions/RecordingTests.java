package org.mashang.receptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestData.Street;
import org.mashang.TestImages;
import org.mashang.cases.OfflineIntake;
import org.mashang.receptions.internal.ScheduleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Recording a reception and a forum, and the issues raised there entering the closed loop as cases; what is refused
 * and who may do it. The station is the receptions' own ({@link ReceptionFixture}, whose district's administrator sees
 * it beside the district's other station); the outsiders are of a street of each test's own.
 */
@IntegrationTest
class RecordingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ScheduleService schedule;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    ReceptionFixture fx;
    /** Another street, with its station, deputy, block and staff: not the fixture's. */
    Street elsewhere;

    @BeforeEach
    void fixture() {
        fx = ReceptionFixture.of("rcptr", mvc, jdbc, users);
        elsewhere = data.street().create();
    }

    Map<String, Object> caseRow(long id) {
        return jdbc.sql("select state, channel, station_id, deputy_id from cases where id = ?").param(1, id).query().singleRow();
    }

    @Test
    void aReceptionWithTwoIssuesPutsTwoCasesInTheReviewQueue() throws Exception {
        LocalDate day = fx.freeReceptionDay(schedule, schedule.today().minusDays(60));
        long id = fx.recordReception(fx.reviewer, day, 12, null, fx.deputies[0], fx.deputies[1]);
        fx.page(fx.reviewer, "/receptions/" + id).andExpect(status().isOk())
                .andExpect(content().string(containsString("12 人")))
                .andExpect(content().string(containsString("测甲" + fx.code)))
                .andExpect(content().string(containsString("录入群众反映的问题")));

        OfflineIntake.Receipt first = fx.raise(fx.reviewer, "/receptions/" + id, "小区门口路灯坏了三个月，晚上出行不便。", fx.deputies[0]);
        OfflineIntake.Receipt second = fx.raise(fx.deputyUser(2), "/receptions/" + id, "楼道堆放杂物，存在消防隐患。", null);
        assertThat(first.ticket()).isNotEqualTo(second.ticket());
        assertThat(first.queryCode()).hasSize(8);
        for (OfflineIntake.Receipt r : List.of(first, second)) {
            Map<String, Object> row = caseRow(r.caseId());
            assertThat(row.get("state")).isEqualTo("SUBMITTED");
            assertThat(row.get("channel")).isEqualTo("RECEPTION");
            assertThat(row.get("station_id")).isEqualTo(fx.station);
        }
        assertThat(caseRow(first.caseId()).get("deputy_id")).isEqualTo(fx.deputies[0]);
        assertThat(caseRow(second.caseId()).get("deputy_id")).isNull();
        fx.page(fx.reviewer, "/review").andExpect(content().string(containsString(first.ticket())))
                .andExpect(content().string(containsString(second.ticket())));
        // the timeline says where the issue was raised
        String body = jdbc.sql("select body from case_event where case_id = ? order by seq limit 1").param(1, first.caseId())
                .query(String.class).single();
        assertThat(body).contains(day.getMonthValue() + "月" + day.getDayOfMonth() + "日接待日", "接待日来访", "由工作人员录入");
        // the reception lists both with where they stand; the receipt is shown once, after the redirect
        fx.page(fx.reviewer, "/receptions/" + id).andExpect(content().string(containsString(first.ticket())))
                .andExpect(content().string(containsString(second.ticket())))
                .andExpect(content().string(containsString("待审核")));
        assertThat(jdbc.sql("select count(*) from reception_case where reception_id = ?").param(1, id).query(Long.class).single())
                .isEqualTo(2);
        // the station page shows the day as recorded
        fx.page(fx.reviewer, "/receptions/stations/" + fx.station + "?from=" + day.minusDays(1))
                .andExpect(content().string(containsString("已记录：接待 12 人")));
    }

    @Test
    void theSameFormSentTwiceMakesOneCase() throws Exception {
        LocalDate day = fx.freeOtherDay(schedule, schedule.today().minusDays(60));
        long id = fx.recordReception(fx.reviewer, day, 3, "小区停水，群众集中反映，临时接待", fx.deputies[3]);
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/receptions/" + id + "/issues")
                .with(csrf()).param("text", "停水三天").param("categoryId", "" + fx.category()).param("publicChoice", "false")
                .param("submissionKey", java.util.UUID.randomUUID().toString());
        OfflineIntake.Receipt a = (OfflineIntake.Receipt) fx.as(fx.reviewer, request).andReturn().getFlashMap().get("receipt");
        OfflineIntake.Receipt b = (OfflineIntake.Receipt) fx.as(fx.reviewer, request).andReturn().getFlashMap().get("receipt");
        assertThat(a.caseId()).isEqualTo(b.caseId());
        assertThat(jdbc.sql("select count(*) from reception_case where reception_id = ?").param(1, id).query(Long.class).single())
                .isEqualTo(1);
        fx.page(fx.reviewer, "/receptions/" + id).andExpect(content().string(containsString("临时接待")))
                .andExpect(content().string(containsString("小区停水，群众集中反映，临时接待")));
    }

    @Test
    void aReceptionOnAnotherDayNeedsItsReasonAndBadInputIsRefused() throws Exception {
        LocalDate other = fx.freeOtherDay(schedule, schedule.today().minusDays(60));
        LocalDate held = fx.freeReceptionDay(schedule, schedule.today().minusDays(120));
        String url = "/receptions/stations/" + fx.station + "/record";
        String d1 = "" + fx.deputies[0];
        fx.form(fx.reviewer, url, "day", other.toString(), "residentsReceived", "3", "deputyIds", d1)
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("不是本站的接待日")));
        fx.form(fx.reviewer, url, "day", schedule.today().plusDays(1).toString(), "residentsReceived", "3", "deputyIds", d1)
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("不能记录今天以后的日期")));
        fx.form(fx.reviewer, url, "day", schedule.today().minusYears(3).toString(), "residentsReceived", "3", "deputyIds", d1,
                "extraReason", "补录").andExpect(status().isBadRequest()).andExpect(content().string(containsString("2 年以内")));
        fx.form(fx.reviewer, url, "day", held.toString(), "residentsReceived", "-1", "deputyIds", d1)
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("不能小于 0")));
        fx.form(fx.reviewer, url, "day", held.toString(), "residentsReceived", "5000", "deputyIds", d1)
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("0 到 1000 之间")));
        fx.form(fx.reviewer, url, "day", held.toString(), "residentsReceived", "many", "deputyIds", d1)
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写整数")));
        fx.form(fx.reviewer, url, "day", held.toString(), "residentsReceived", "3")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择到场的代表")));
        fx.form(fx.reviewer, url, "day", held.toString(), "residentsReceived", "3", "deputyIds", "" + elsewhere.deputy().id())
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("只能选择本联络站的代表")));
        fx.form(fx.deputyUser(2), url, "day", held.toString(), "residentsReceived", "3", "deputyIds", d1)
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("代表只能记录自己参加的接待和活动")));
        fx.form(fx.reviewer, url, "day", held.toString(), "residentsReceived", "3", "deputyIds", d1, "notes", "长".repeat(2001))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("不能超过 2000 个字")));
        fx.form(fx.reviewer, url, "day", "2026-02-30", "residentsReceived", "3", "deputyIds", d1)
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("日期格式应为")));
        assertThat(fx.recorded(held)).isFalse();

        fx.recordReception(fx.reviewer, held, 4, null, fx.deputies[0]);
        fx.form(fx.reviewer, url, "day", held.toString(), "residentsReceived", "3", "deputyIds", d1)
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("这一天的接待已经记录过了")));
        // a former deputy may be named for a day back in their term; the form lists them only then
        fx.page(fx.reviewer, url + "?date=" + held).andExpect(status().isOk())
                .andExpect(content().string(containsString("是本站的接待日")));
    }

    @Test
    void issuesAreCheckedLikeAnyMessage() throws Exception {
        LocalDate day = fx.freeOtherDay(schedule, schedule.today().minusDays(90));
        long id = fx.recordReception(fx.reviewer, day, 1, "上门反映", fx.deputies[0]);
        String url = "/receptions/" + id + "/issues";
        String key = java.util.UUID.randomUUID().toString();
        String category = "" + fx.category();
        fx.form(fx.reviewer, url, "text", " ", "categoryId", category, "publicChoice", "true", "submissionKey", key)
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请写下群众反映的问题")));
        fx.form(fx.reviewer, url, "text", "问题", "publicChoice", "true", "submissionKey", key)
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择问题类别")));
        fx.form(fx.reviewer, url, "text", "问题", "categoryId", category, "publicChoice", "true", "submissionKey", key,
                "phone", "12345").andExpect(status().isBadRequest()).andExpect(content().string(containsString("电话号码格式不正确")));
        fx.form(fx.reviewer, url, "text", "问题", "categoryId", category, "publicChoice", "true", "submissionKey", key,
                "deputyId", "" + elsewhere.deputy().id()).andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择该联络站在任的代表")));
        fx.form(fx.reviewer, url, "text", "问题", "categoryId", category, "publicChoice", "true", "submissionKey", key,
                "blockId", "" + elsewhere.block()).andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择列表中的区块")));
        fx.form(fx.reviewer, url, "text", "问题", "categoryId", "999999", "publicChoice", "true", "submissionKey", key)
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择列表中的问题类别")));
        fx.form(fx.reviewer, url, "text", "问题", "categoryId", category, "submissionKey", key)
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择群众是否同意公开")));
        fx.form(fx.reviewer, url, "text", "问题", "categoryId", category, "publicChoice", "true")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("表单已过期")));
        assertThat(jdbc.sql("select count(*) from reception_case where reception_id = ?").param(1, id).query(Long.class).single())
                .isZero();
        fx.raise(fx.reviewer, "/receptions/" + id, "有效的问题", null);
        assertThat(jdbc.sql("select count(*) from reception_case where reception_id = ?").param(1, id).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aForumWithAttendanceOutcomesPhotosAndIssues() throws Exception {
        var request = multipart("/activities").file(new MockMultipartFile("photos", "forum.jpg", "image/jpeg", TestImages.jpeg()))
                .with(csrf()).param("stationId", "" + fx.station).param("kind", "FORUM").param("day", schedule.today().toString())
                .param("topic", "测试社区停车难民情恳谈会").param("place", "测试社区居委会会议室").param("blockId", "" + fx.block)
                .param("attendance", "45").param("summary", "居民反映停车难、路灯不亮，代表现场答复。")
                .param("deputyIds", "" + fx.deputies[0]).param("deputyIds", "" + fx.deputies[1])
                .param("outcomes[0].indicator", "MONEY_RECOVERED").param("outcomes[0].amount", "12,000.50")
                .param("outcomes[4].indicator", "LAMPS_INSTALLED").param("outcomes[4].amount", "8")
                .param("outcomes[6].name", "新增停车位").param("outcomes[6].amount", "30").param("outcomes[6].unit", "个");
        String location = fx.as(fx.deputyUser(1), request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring("/activities/".length()));
        fx.page(fx.deputyUser(1), location).andExpect(status().isOk())
                .andExpect(content().string(containsString("测试社区停车难民情恳谈会")))
                .andExpect(content().string(containsString("民情恳谈会")))
                .andExpect(content().string(containsString("45 人")))
                .andExpect(content().string(containsString("测试区块-" + fx.code)))
                .andExpect(content().string(containsString("12000.5")))
                .andExpect(content().string(containsString("安装路灯")))
                .andExpect(content().string(containsString("新增停车位")))
                .andExpect(content().string(containsString("/activities/" + id + "/photos/1")));
        fx.page(fx.reviewer, "/activities/" + id + "/photos/1").andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"));
        fx.page(fx.reviewer, "/activities/" + id + "/photos/2").andExpect(status().isNotFound());

        OfflineIntake.Receipt r = fx.raise(fx.deputyUser(1), "/activities/" + id, "小区停车位不足，晚上车辆乱停。", fx.deputies[0]);
        assertThat(caseRow(r.caseId()).get("channel")).isEqualTo("FORUM");
        String body = jdbc.sql("select body from case_event where case_id = ? order by seq limit 1").param(1, r.caseId())
                .query(String.class).single();
        assertThat(body).contains("民情恳谈会（测试社区居委会会议室）");
        fx.page(fx.reviewer, "/activities").andExpect(content().string(containsString("测试社区停车难民情恳谈会")));
        fx.page(fx.reviewer, "/activities?kind=HOME").andExpect(content().string(
                org.hamcrest.Matchers.not(containsString("测试社区停车难民情恳谈会"))));
    }

    @Test
    void theActivityFormSendsFewPartsWhateverTheNumberOfDeputies() throws Exception {
        // Tomcat refuses a multipart request of more than 50 parts (server.tomcat.max-part-count) as too large
        String html = fx.page(fx.reviewer, "/activities/new").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String form = html.substring(html.indexOf("<form action=\"/activities\""), html.indexOf("</form>", html.indexOf("id=\"activity-form\"")));
        assertThat(form).doesNotContain("_deputyIds").doesNotContain("type=\"hidden\" name=\"outcomes");
        long named = java.util.regex.Pattern.compile(" name=\"").matcher(form).results().count();
        long checkboxes = java.util.regex.Pattern.compile("type=\"checkbox\"").matcher(form).results().count();
        assertThat(checkboxes).isEqualTo(4);
        assertThat(named - checkboxes).isLessThanOrEqualTo(32);
    }

    @Test
    void otherActivitiesRecordIssuesUnderTheirChannel() throws Exception {
        long chat = fx.recordActivity(fx.reviewer, "CHAT_GROUP", schedule.today(), 120, List.of(fx.deputies[2]));
        long home = fx.recordActivity(fx.reviewer, "HOME", schedule.today(), 3, List.of(fx.deputies[2]));
        assertThat(caseRow(fx.raise(fx.reviewer, "/activities/" + chat, "群里反映垃圾清运不及时", null).caseId()).get("channel"))
                .isEqualTo("CHAT_GROUP");
        assertThat(caseRow(fx.raise(fx.reviewer, "/activities/" + home, "独居老人希望安装扶手", null).caseId()).get("channel"))
                .isEqualTo("VISIT");
    }

    @Test
    void anActivityWithBadInputIsShownAgainWithTheProblem() throws Exception {
        List<Long> one = List.of(fx.deputies[0]);
        LocalDate today = schedule.today();
        expectProblem(one, "请填写数字", "outcomes[0].indicator", "MONEY_RECOVERED", "outcomes[0].amount", "一万");
        expectProblem(one, "请填写整数", "outcomes[4].indicator", "LAMPS_INSTALLED", "outcomes[4].amount", "2.5");
        expectProblem(one, "最多保留两位小数", "outcomes[0].indicator", "MONEY_RECOVERED", "outcomes[0].amount", "1.234");
        expectProblem(one, "数量应大于 0", "outcomes[0].indicator", "MONEY_RECOVERED", "outcomes[0].amount", "-5");
        expectProblem(one, "数量太大", "outcomes[0].indicator", "MONEY_RECOVERED", "outcomes[0].amount", "1e20");
        expectProblem(one, "请填写单位", "outcomes[6].name", "修复道路", "outcomes[6].amount", "300");
        expectProblem(one, "请填写成效的名称", "outcomes[6].amount", "300", "outcomes[6].unit", "米");
        expectProblem(one, "请填写数量", "outcomes[6].name", "修复道路", "outcomes[6].unit", "米");
        expectProblem(one, "格式不正确", "outcomes[0].indicator", "NO_SUCH");
        expectProblem(one, "参加群众人数应在 0 到 10000 之间", "attendance", "20000");
        expectProblem(one, "请填写地点", "place", " ");
        expectProblem(one, "请选择列表中的区块", "blockId", "" + elsewhere.block());
        expectProblem(one, "不能记录今天以后的日期", "day", today.plusDays(2).toString());
        expectProblem(one, "请选择活动类型", "kind", "");
        expectProblem(List.of(), "请选择参加活动的代表");
        expectProblem(List.of(elsewhere.deputy().id()), "只能选择本联络站的代表");
        var notPresent = multipart("/activities").with(csrf());
        fill(notPresent, one);
        fx.as(fx.deputyUser(2), notPresent).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("代表只能记录自己参加的接待和活动")));
        // photos: at most three, real images only
        var four = multipart("/activities").with(csrf());
        for (int i = 0; i < 4; i++) {
            four.file(new MockMultipartFile("photos", "p" + i + ".png", "image/png", TestImages.png()));
        }
        fill(four, one);
        fx.as(fx.reviewer, four).andExpect(status().isBadRequest()).andExpect(content().string(containsString("最多上传 3 张照片")));
        var fake = multipart("/activities").file(new MockMultipartFile("photos", "p.jpg", "image/jpeg", "not an image".getBytes()))
                .with(csrf());
        fill(fake, one);
        fx.as(fx.reviewer, fake).andExpect(status().isBadRequest()).andExpect(content().string(containsString("不是 JPG 或 PNG 图片")));
        // a line far beyond the form's
        var far = multipart("/activities").with(csrf()).param("outcomes[5000].amount", "1");
        fill(far, one);
        fx.as(fx.reviewer, far).andExpect(status().isBadRequest());
        // a station that is not the user's
        var other = multipart("/activities").with(csrf());
        fill(other, one, "stationId", "" + elsewhere.station());
        fx.as(fx.reviewer, other).andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择您负责的联络站")));
    }

    @Test
    void staffSeeOnlyTheStationsOfTheirRegionAndDeputiesTheirOwnStation() throws Exception {
        LocalDate day = fx.freeOtherDay(schedule, schedule.today().minusDays(120));
        assertThat(day).as("a free day in the last 120 days").isNotNull();
        long reception = fx.recordReception(fx.deputyUser(4), day, 2, "走访后到站接待", fx.deputies[3]);
        long activity = fx.recordActivity(fx.deputyUser(4), "COMPOUND", schedule.today(), 10, List.of(fx.deputies[3]));
        // another street's reviewer and deputy: not their station
        for (String outsider : List.of(elsewhere.reviewer(), elsewhere.deputy().username(), elsewhere.dispatcher())) {
            fx.page(outsider, "/receptions/" + reception).andExpect(status().isNotFound());
            fx.page(outsider, "/activities/" + activity).andExpect(status().isNotFound());
            fx.page(outsider, "/activities/" + activity + "/photos/1").andExpect(status().isNotFound());
            fx.page(outsider, "/receptions/stations/" + fx.station + "/record").andExpect(status().isNotFound());
            fx.form(outsider, "/receptions/" + reception + "/issues", "text", "x", "categoryId", "" + fx.category(),
                    "publicChoice", "true", "submissionKey", java.util.UUID.randomUUID().toString()).andExpect(status().isNotFound());
            fx.page(outsider, "/activities").andExpect(content().string(org.hamcrest.Matchers.not(containsString("/activities/" + activity + "\""))));
        }
        fx.form(elsewhere.deputy().username(), "/receptions/stations/" + fx.station + "/record", "day", day.toString(),
                "residentsReceived", "1", "deputyIds", "" + fx.deputies[0], "extraReason", "x").andExpect(status().isNotFound());
        // the district's administrator sees both streets
        fx.page(fx.admin, "/receptions/" + reception).andExpect(status().isOk());
        fx.page(fx.admin, "/activities/" + activity).andExpect(status().isOk());
        String neighbour = fx.neighbourStation();
        fx.page(fx.admin, "/receptions").andExpect(status().isOk()).andExpect(content().string(containsString(fx.code)))
                .andExpect(content().string(containsString(neighbour)));
        // a deputy goes straight to their own station
        fx.page(fx.deputyUser(4), "/receptions").andExpect(status().is3xxRedirection());
        // deputies' records are for the committee
        fx.page(fx.deputyUser(4), "/receptions/deputies/" + fx.deputies[0] + "/record").andExpect(status().isForbidden());
        fx.page(elsewhere.reviewer(), "/receptions/deputies/" + fx.deputies[0] + "/record").andExpect(status().isNotFound());
        fx.page(fx.reviewer, "/receptions/deputies/" + fx.deputies[0] + "/record").andExpect(status().isOk());
    }

    private void expectProblem(List<Long> deputies, String message, String... params) throws Exception {
        var request = multipart("/activities").with(csrf());
        fill(request, deputies, params);
        fx.as(fx.reviewer, request).andExpect(status().isBadRequest()).andExpect(content().string(containsString(message)));
    }

    /** A valid activity form, but for the given name/value pairs. */
    private void fill(org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder request, List<Long> deputies,
                      String... params) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("stationId", "" + fx.station, "kind", "BLOCK",
                "day", schedule.today().toString(), "place", "测试区块", "attendance", "12", "summary", "走访区块，听取意见。"));
        for (int i = 0; i < params.length; i += 2) {
            fields.put(params[i], params[i + 1]);
        }
        fields.forEach(request::param);
        deputies.forEach(d -> request.param("deputyIds", "" + d));
    }
}
