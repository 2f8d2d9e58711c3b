package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestData;
import org.mashang.TestData.Street;
import org.mashang.cases.internal.Receipt;
import org.mashang.cases.internal.Timeline;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole closed loop through the workbenches, and each of its side paths, on a street of each test's own: three
 * deputies and one whose term has ended, the street offices 城管办, 执法中队 and 综治办.
 */
@IntegrationTest
class ClosedLoopTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Timeline timeline;

    @Autowired
    org.mashang.calendar.WorkingCalendar calendar;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    LoopDriver loop;
    Street street;

    @BeforeEach
    void driver() {
        loop = new LoopDriver(mvc, jdbc, users);
        street = data.street().deputies(3).withFormerDeputy().departments("城管办", "执法中队", "综治办").create();
    }

    /** A resident's message at the page of the street's deputy number {@code n} (from 1), in the street's first block. */
    private Receipt submit(int n, String text, String name, String phone, boolean wantsPublic) throws Exception {
        return loop.submit("/d/" + street.deputies().get(n - 1).code(), street.category(), text, name, phone, wantsPublic,
                street.block());
    }

    private String deputy(int n) {
        return street.deputies().get(n - 1).username();
    }

    /** The street's office whose name starts with this (TestData adds the street's key). */
    private TestData.Person office(String name) {
        return street.departments().stream().filter(d -> d.name().startsWith(name + "-")).findFirst().orElseThrow();
    }

    /** The account of the street's office whose name starts with this. */
    private String staff(String office) {
        return office(office).username();
    }

    private long assignment(long caseId, String office) {
        return loop.assignment(caseId, office(office).name());
    }

    /** A new case accepted (public) and replied to by the first deputy, with a request to dispatch it to 城管办. */
    private long acceptedAndReplied(String text) throws Exception {
        Receipt r = submit(1, text, null, null, true);
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept", "makePublic", "true", "publicText", text);
        loop.post(deputy(1), "/deputy/cases/" + r.caseId() + "/reply", "text", "收到，马上了解情况", "requestDispatch", "true",
                "departmentIds", Long.toString(office("城管办").id()));
        return r.caseId();
    }

    @Test
    void theStreetVendorsOfLianchengAvenue() throws Exception {
        Receipt r = submit(1, "莲城大道晚上有流动摊贩占道经营，我是王秀英，电话13912345678，请代表帮忙。", "王秀英",
                "13800001234", true);
        long id = r.caseId();

        loop.as(street.reviewer(), get("/review")).andExpect(content().string(containsString(r.ticket())));
        loop.as(street.reviewer(), get("/review/cases/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("139****5678")))
                .andExpect(content().string(containsString("王**")));
        loop.post(street.reviewer(), "/review/cases/" + id + "/accept", "makePublic", "true",
                "publicText", "莲城大道晚上有流动摊贩占道经营，我是王秀英，电话13912345678，请代表帮忙。")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("ACCEPTED");

        long office = office("城管办").id();
        long zhifa = office("执法中队").id();
        loop.as(deputy(1), get("/deputy")).andExpect(content().string(containsString(r.ticket())));
        loop.post(deputy(1), "/deputy/cases/" + id + "/reply", "text", "已于今早到莲城大道现场查看，情况属实，将提请交办。",
                "requestDispatch", "true", "departmentIds", "" + office, "departmentIds", "" + zhifa)
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("DISPATCH_REQUESTED");

        loop.as(street.dispatcher(), get("/dispatch")).andExpect(content().string(containsString(r.ticket())));
        loop.as(street.dispatcher(), get("/dispatch/cases/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("城管办")));
        loop.post(street.dispatcher(), "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + office,
                "departmentIds", "" + zhifa, "dueDate", loop.due(), "instructions", "请联合整治").andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("DISPATCHED");

        long a1 = assignment(id, "城管办");
        long a2 = assignment(id, "执法中队");
        loop.as(staff("城管办"), get("/department")).andExpect(content().string(containsString(r.ticket())));
        loop.post(staff("城管办"), "/department/assignments/" + a1 + "/report", "feedback", "已在莲城大道设置警示牌，安排每日巡查。")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("DISPATCHED");
        loop.post(staff("执法中队"), "/department/assignments/" + a2 + "/report", "feedback", "执法中队已规劝摊贩入市经营，纳入常态化管理。")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("FEEDBACK_RECEIVED");

        loop.post(deputy(1), "/deputy/cases/" + id + "/reply-to-resident", "text", "经城管办和执法中队整治，摊贩已规范经营，请您评价。")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("CLOSED");

        loop.onCase(r.ticket(), r.queryCode(), "evaluate", "satisfaction", "SATISFIED", "comment", "很满意")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("EVALUATED");

        mvc.perform(get("/cases/" + r.ticket())).andExpect(status().isOk())
                .andExpect(content().string(containsString("139****5678")))
                .andExpect(content().string(not(containsString("13912345678"))))
                .andExpect(content().string(not(containsString("13800001234"))))
                .andExpect(content().string(not(containsString("王秀英"))))
                .andExpect(content().string(containsString("审核受理")))
                .andExpect(content().string(containsString("代表答复")))
                .andExpect(content().string(containsString("交办" + office("城管办").name() + "、" + office("执法中队").name())))
                .andExpect(content().string(containsString("已在莲城大道设置警示牌")))
                .andExpect(content().string(containsString("执法中队已规劝摊贩")))
                .andExpect(content().string(containsString("代表答复群众")))
                .andExpect(content().string(containsString("满意")))
                // internal steps stay internal
                .andExpect(content().string(not(containsString("代表提请交办"))));
        mvc.perform(get("/cases")).andExpect(content().string(containsString(r.ticket())));
        assertThat(timeline.verify(id)).isEmpty();
    }

    @Test
    void aRejectedMessageShowsItsReasonToTheResident() throws Exception {
        Receipt r = submit(2, "广告推销", null, null, false);
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/reject", "reason", "不属于人大代表履职范围", "detail", "请联系市场监管部门")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(r.caseId())).isEqualTo("REJECTED");
        loop.track(r.ticket(), r.queryCode())
                .andExpect(content().string(containsString("未受理")))
                .andExpect(content().string(containsString("不属于人大代表履职范围：请联系市场监管部门")));
        // a private or rejected case is not on the wall
        mvc.perform(get("/cases/" + r.ticket())).andExpect(status().isNotFound());
    }

    @Test
    void rejectingNeedsAReasonFromTheList() throws Exception {
        Receipt r = submit(2, "一条留言", null, null, false);
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/reject", "reason", "我不喜欢").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请从列表中选择不予受理的理由")));
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/reject", "reason", "其他").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请写明理由")));
        assertThat(loop.state(r.caseId())).isEqualTo("SUBMITTED");
    }

    @Test
    void aPrivateMessageCannotBeMadePublic() throws Exception {
        Receipt r = submit(2, "家里的私事", null, null, false);
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept", "makePublic", "true", "publicText", "x")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("群众选择了不公开")));
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept").andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select is_public from cases where id = ?").param(1, r.caseId()).query(Boolean.class).single()).isFalse();
        mvc.perform(get("/cases/" + r.ticket())).andExpect(status().isNotFound());
    }

    @Test
    void aDuplicateIsShownAndMerged() throws Exception {
        long first = acceptedAndReplied("桃源路小区门口的路灯坏了好几天，晚上很黑");
        String firstTicket = jdbc.sql("select ticket from cases where id = ?").param(1, first).query(String.class).single();
        Receipt second = submit(1, "桃源路小区门口路灯坏了，晚上很黑不安全", null, null, true);
        loop.as(street.reviewer(), get("/review/cases/" + second.caseId())).andExpect(content().string(containsString("可能重复的留言")))
                .andExpect(content().string(containsString(firstTicket)));
        loop.post(street.reviewer(), "/review/cases/" + second.caseId() + "/merge", "target", firstTicket)
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(second.caseId())).isEqualTo("MERGED");
        loop.track(second.ticket(), second.queryCode())
                .andExpect(content().string(containsString("与受理编号 " + firstTicket + " 的留言合并办理")));
        loop.post(street.reviewer(), "/review/cases/" + first + "/merge", "target", "no-such")
                .andExpect(status().isConflict());
    }

    @Test
    void aStationPoolMessageGetsAResponsibleDeputyAtReview() throws Exception {
        Receipt r = loop.submit("/s/" + street.stationCode(), street.category(), "希望在青山社区增设公交站", null, null, true,
                street.block());
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请指定一位负责办理的代表")));
        long wl99 = street.deputies().get(3).id(); // whose term has ended
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept", "deputyId", "" + wl99).andExpect(status().isBadRequest());
        long second = street.deputies().get(1).id();
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept", "deputyId", "" + second).andExpect(status().is3xxRedirection());
        // every deputy of the station sees the pool case; only the responsible one acts on it
        loop.as(deputy(1), get("/deputy/cases/" + r.caseId())).andExpect(status().isOk());
        loop.post(deputy(1), "/deputy/cases/" + r.caseId() + "/reply", "text", "我来答复").andExpect(status().isForbidden());
        loop.post(deputy(2), "/deputy/cases/" + r.caseId() + "/reply", "text", "收到").andExpect(status().is3xxRedirection());
    }

    @Test
    void aDeputyResolvesDirectlyAndTheResidentAsksToReopen() throws Exception {
        Receipt r = submit(1, "楼道灯不亮", null, null, true);
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept", "makePublic", "true", "publicText", "楼道灯不亮");
        loop.post(deputy(1), "/deputy/cases/" + r.caseId() + "/reply", "text", "我联系物业");
        loop.post(deputy(1), "/deputy/cases/" + r.caseId() + "/resolve", "text", "物业已更换灯泡").andExpect(status().is3xxRedirection());
        assertThat(loop.state(r.caseId())).isEqualTo("RESOLVED");
        // asking to reopen is the one "没有解决" path of the evaluation
        loop.onCase(r.ticket(), "00000000", "evaluate", "satisfaction", "UNSATISFIED", "comment", "还是不亮")
                .andExpect(status().isNotFound());
        loop.onCase(r.ticket(), r.queryCode(), "evaluate", "satisfaction", "UNSATISFIED", "comment", "第二天又不亮了")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(r.caseId())).isEqualTo("REOPENED");
        assertThat(jdbc.sql("select reopen_count from cases where id = ?").param(1, r.caseId()).query(Integer.class).single()).isEqualTo(1);
        loop.post(deputy(1), "/deputy/cases/" + r.caseId() + "/reply", "text", "再次联系物业，彻底检修线路")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(r.caseId())).isEqualTo("REPLIED");
    }

    @Test
    void anUnsatisfiedEvaluationReopensTheCaseForANewRoundOfDispatch() throws Exception {
        long id = acceptedAndReplied("垃圾站臭味大");
        String ticket = jdbc.sql("select ticket from cases where id = ?").param(1, id).query(String.class).single();
        long office = office("城管办").id();
        loop.post(street.dispatcher(), "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + office, "dueDate", loop.due());
        loop.post(staff("城管办"), "/department/assignments/" + assignment(id, "城管办") + "/report", "feedback", "已清洗");
        loop.post(deputy(1), "/deputy/cases/" + id + "/reply-to-resident", "text", "已处理");
        String code = loop.giveKnownCode(id);
        loop.onCase(ticket, code, "evaluate", "satisfaction", "BAD").andExpect(status().isBadRequest());
        loop.onCase(ticket, code, "evaluate", "satisfaction", "UNSATISFIED", "comment", "还是臭")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("REOPENED");
        loop.post(street.dispatcher(), "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + office, "dueDate", loop.due())
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select max(round) from assignment where case_id = ?").param(1, id).query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    void aReturnedAssignmentGoesBackToTheDispatcherAndIsRedispatched() throws Exception {
        long id = acceptedAndReplied("小区违建");
        long zongzhi = office("综治办").id();
        long office = office("城管办").id();
        loop.post(street.dispatcher(), "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + zongzhi, "dueDate", loop.due());
        long a = assignment(id, "综治办");
        loop.post(staff("综治办"), "/department/assignments/" + a + "/return", "reason", "").andExpect(status().isBadRequest());
        loop.post(staff("综治办"), "/department/assignments/" + a + "/return", "reason", "属于城管办职责").andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("DISPATCHED");
        String ticket = jdbc.sql("select ticket from cases where id = ?").param(1, id).query(String.class).single();
        loop.as(street.dispatcher(), get("/dispatch")).andExpect(content().string(containsString(ticket)));
        loop.post(street.dispatcher(), "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + office, "dueDate", loop.due())
                .andExpect(status().is3xxRedirection());
        loop.post(staff("城管办"), "/department/assignments/" + assignment(id, "城管办") + "/report", "feedback", "已立案查处");
        assertThat(loop.state(id)).isEqualTo("FEEDBACK_RECEIVED");
        // the returned assignment can no longer be reported on
        loop.post(staff("综治办"), "/department/assignments/" + a + "/report", "feedback", "x").andExpect(status().isConflict());
    }

    @Test
    void extensionsAreRequestedAndDecided() throws Exception {
        long id = acceptedAndReplied("道路坑洼");
        long office = office("城管办").id();
        String due = loop.due();
        loop.post(street.dispatcher(), "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + office, "dueDate", due);
        long a = assignment(id, "城管办");
        loop.post(staff("城管办"), "/department/assignments/" + a + "/extension", "days", "0", "reason", "x").andExpect(status().isBadRequest());
        loop.post(staff("城管办"), "/department/assignments/" + a + "/extension", "days", "abc", "reason", "x").andExpect(status().isBadRequest());
        loop.post(staff("城管办"), "/department/assignments/" + a + "/extension", "days", "5", "reason", "").andExpect(status().isBadRequest());
        loop.post(staff("城管办"), "/department/assignments/" + a + "/extension", "days", "5", "reason", "需要采购材料")
                .andExpect(status().is3xxRedirection());
        loop.post(street.dispatcher(), "/dispatch/assignments/" + a + "/extension", "grant", "true", "note", "同意")
                .andExpect(status().is3xxRedirection());
        // an extension counts working days
        assertThat(jdbc.sql("select due_date::text from assignment where id = ?").param(1, a).query(String.class).single())
                .isEqualTo(calendar.addWorkingDays(java.time.LocalDate.parse(due), 5).toString());
        loop.post(street.dispatcher(), "/dispatch/assignments/" + a + "/extension", "grant", "false").andExpect(status().isConflict());
    }

    @Test
    void badDispatchesAreRefused() throws Exception {
        long id = acceptedAndReplied("噪音扰民");
        loop.post(street.dispatcher(), "/dispatch/cases/" + id + "/dispatch", "dueDate", loop.due()).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请至少选择一个职能部门")));
        long office = office("城管办").id();
        loop.post(street.dispatcher(), "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + office, "dueDate", "2020-01-01")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("办理期限应晚于今天")));
        loop.post(street.dispatcher(), "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + office, "dueDate", "not-a-date")
                .andExpect(status().isBadRequest());
        loop.post(street.dispatcher(), "/dispatch/cases/" + id + "/dispatch", "departmentIds", "999999", "dueDate", loop.due())
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("所选部门不存在")));
        assertThat(loop.state(id)).isEqualTo("DISPATCH_REQUESTED");
    }

    @Test
    void aLargerIssueBecomesAProposalAndIsClosedWhenAnswered() throws Exception {
        Receipt r = submit(3, "片区内没有公办幼儿园，孩子入园难", null, null, true);
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept", "makePublic", "true", "publicText", "片区内没有公办幼儿园");
        loop.post(deputy(3), "/deputy/cases/" + r.caseId() + "/proposal", "number", "", "text", "x").andExpect(status().isBadRequest());
        loop.post(deputy(3), "/deputy/cases/" + r.caseId() + "/proposal", "number", "雨湖区人大〔2024〕第12号",
                "text", "建议在万楼片区新建公办幼儿园").andExpect(status().is3xxRedirection());
        assertThat(loop.state(r.caseId())).isEqualTo("PROPOSAL");
        loop.post(deputy(3), "/deputy/cases/" + r.caseId() + "/proposal-answer", "text", "区教育局已立项，新园于2025年9月开园")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(r.caseId())).isEqualTo("PROPOSAL_ANSWERED");
        loop.onCase(r.ticket(), r.queryCode(), "evaluate", "satisfaction", "SATISFIED")
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + r.ticket())).andExpect(content().string(containsString("雨湖区人大〔2024〕第12号")));
    }

    @Test
    void actionsOutOfTurnAreRefusedWithTheReason() throws Exception {
        Receipt r = submit(1, "测试顺序", null, null, true);
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept", "makePublic", "true", "publicText", "测试顺序");
        loop.post(deputy(1), "/deputy/cases/" + r.caseId() + "/reply-to-resident", "text", "太早了").andExpect(status().isConflict())
                .andExpect(content().string(containsString("留言当前状态为「已受理，待代表答复」，不能答复群众")));
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept").andExpect(status().isConflict());
        loop.onCase(r.ticket(), r.queryCode(), "evaluate", "satisfaction", "SATISFIED")
                .andExpect(status().isConflict());
        loop.post(deputy(1), "/deputy/cases/" + r.caseId() + "/reply", "text", "  ").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写内容")));
        loop.post(deputy(1), "/deputy/cases/" + r.caseId() + "/reply", "text", "长".repeat(4001)).andExpect(status().isBadRequest());
        assertThat(loop.state(r.caseId())).isEqualTo("ACCEPTED");
    }

    @Test
    void staffEnterAnOfflineIssueWithItsChannel() throws Exception {
        long station = street.station();
        long category = street.category();
        var result = loop.as(street.reviewer(), org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/intake")
                        .param("channel", "RECEPTION").param("occasion", "11月15日接待日").param("stationId", "" + station)
                        .param("text", "接待日群众反映：公交站台缺少遮阳棚").param("categoryId", "" + category)
                        .param("publicChoice", "true").param("name", "赵先生").param("phone", "13700001111")
                        .param("submissionKey", java.util.UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已录入"))).andReturn();
        long id = loop.id("select max(id) from cases where channel = 'RECEPTION'");
        assertThat(loop.state(id)).isEqualTo("SUBMITTED");
        assertThat(result.getResponse().getContentAsString()).contains(
                jdbc.sql("select ticket from cases where id = ?").param(1, id).query(String.class).single());
        loop.as(street.reviewer(), get("/review/cases/" + id)).andExpect(content().string(containsString("接待日来访")));
        loop.as(street.reviewer(), org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/intake")
                        .param("channel", "DEPUTY_CODE").param("stationId", "" + station).param("text", "x")
                        .param("categoryId", "" + category).param("publicChoice", "true")
                        .param("submissionKey", java.util.UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择线下渠道")));
        loop.as(street.reviewer(), org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/intake")
                        .param("channel", "FORUM").param("text", "").param("publicChoice", "true")
                        .param("submissionKey", java.util.UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择联络站")))
                .andExpect(content().string(containsString("请写下您要反映的事情")));
    }
}
