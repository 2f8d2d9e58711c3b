package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.Staff;
import org.mashang.cases.internal.Receipt;
import org.mashang.cases.internal.Timeline;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The whole closed loop through the workbenches, and each of its side paths. */
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

    LoopDriver loop;

    @BeforeEach
    void driver() {
        loop = new LoopDriver(mvc, jdbc, users);
    }

    @Test
    void theStreetVendorsOfLianchengAvenue() throws Exception {
        Receipt r = loop.submit("/d/wl01", "莲城大道晚上有流动摊贩占道经营，我是王秀英，电话13912345678，请代表帮忙。", "王秀英",
                "13800001234", true);
        long id = r.caseId();

        loop.as(Staff.REVIEWER, get("/review")).andExpect(content().string(containsString(r.ticket())));
        loop.as(Staff.REVIEWER, get("/review/cases/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("139****5678")))
                .andExpect(content().string(containsString("王**")));
        loop.post(Staff.REVIEWER, "/review/cases/" + id + "/accept", "makePublic", "true",
                "publicText", "莲城大道晚上有流动摊贩占道经营，我是王秀英，电话13912345678，请代表帮忙。")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("ACCEPTED");

        long chengguan = loop.department("城管办");
        long zhifa = loop.department("执法中队");
        loop.as(Staff.DEPUTY, get("/deputy")).andExpect(content().string(containsString(r.ticket())));
        loop.post(Staff.DEPUTY, "/deputy/cases/" + id + "/reply", "text", "已于今早到莲城大道现场查看，情况属实，将提请交办。",
                "requestDispatch", "true", "departmentIds", "" + chengguan, "departmentIds", "" + zhifa)
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("DISPATCH_REQUESTED");

        loop.as(Staff.DISPATCHER, get("/dispatch")).andExpect(content().string(containsString(r.ticket())));
        loop.as(Staff.DISPATCHER, get("/dispatch/cases/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("城管办")));
        loop.post(Staff.DISPATCHER, "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + chengguan,
                "departmentIds", "" + zhifa, "dueDate", loop.due(), "instructions", "请联合整治").andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("DISPATCHED");

        long a1 = loop.assignment(id, "城管办");
        long a2 = loop.assignment(id, "执法中队");
        loop.as("chengguan", get("/department")).andExpect(content().string(containsString(r.ticket())));
        loop.post("chengguan", "/department/assignments/" + a1 + "/report", "feedback", "已在莲城大道设置警示牌，安排每日巡查。")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("DISPATCHED");
        loop.post("zhifa", "/department/assignments/" + a2 + "/report", "feedback", "执法中队已规劝摊贩入市经营，纳入常态化管理。")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("FEEDBACK_RECEIVED");

        loop.post(Staff.DEPUTY, "/deputy/cases/" + id + "/reply-to-resident", "text", "经城管办和执法中队整治，摊贩已规范经营，请您评价。")
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
                .andExpect(content().string(containsString("交办城管办、执法中队")))
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
        Receipt r = loop.submit("/d/wl02", "广告推销", null, null, false);
        loop.post(Staff.REVIEWER, "/review/cases/" + r.caseId() + "/reject", "reason", "不属于人大代表履职范围", "detail", "请联系市场监管部门")
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
        Receipt r = loop.submit("/d/wl02", "一条留言", null, null, false);
        loop.post(Staff.REVIEWER, "/review/cases/" + r.caseId() + "/reject", "reason", "我不喜欢").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请从列表中选择不予受理的理由")));
        loop.post(Staff.REVIEWER, "/review/cases/" + r.caseId() + "/reject", "reason", "其他").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请写明理由")));
        assertThat(loop.state(r.caseId())).isEqualTo("SUBMITTED");
    }

    @Test
    void aPrivateMessageCannotBeMadePublic() throws Exception {
        Receipt r = loop.submit("/d/wl02", "家里的私事", null, null, false);
        loop.post(Staff.REVIEWER, "/review/cases/" + r.caseId() + "/accept", "makePublic", "true", "publicText", "x")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("群众选择了不公开")));
        loop.post(Staff.REVIEWER, "/review/cases/" + r.caseId() + "/accept").andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select is_public from cases where id = ?").param(1, r.caseId()).query(Boolean.class).single()).isFalse();
        mvc.perform(get("/cases/" + r.ticket())).andExpect(status().isNotFound());
    }

    @Test
    void aDuplicateIsShownAndMerged() throws Exception {
        long first = loop.acceptedAndReplied("桃源路小区门口的路灯坏了好几天，晚上很黑");
        String firstTicket = jdbc.sql("select ticket from cases where id = ?").param(1, first).query(String.class).single();
        Receipt second = loop.submit("/d/wl01", "桃源路小区门口路灯坏了，晚上很黑不安全", null, null, true);
        loop.as(Staff.REVIEWER, get("/review/cases/" + second.caseId())).andExpect(content().string(containsString("可能重复的留言")))
                .andExpect(content().string(containsString(firstTicket)));
        loop.post(Staff.REVIEWER, "/review/cases/" + second.caseId() + "/merge", "target", firstTicket)
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(second.caseId())).isEqualTo("MERGED");
        loop.track(second.ticket(), second.queryCode())
                .andExpect(content().string(containsString("与受理编号 " + firstTicket + " 的留言合并办理")));
        loop.post(Staff.REVIEWER, "/review/cases/" + first + "/merge", "target", "no-such")
                .andExpect(status().isConflict());
    }

    @Test
    void aStationPoolMessageGetsAResponsibleDeputyAtReview() throws Exception {
        Receipt r = loop.submit("/s/wanlou", "希望在青山社区增设公交站", null, null, true);
        loop.post(Staff.REVIEWER, "/review/cases/" + r.caseId() + "/accept").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请指定一位负责办理的代表")));
        long wl99 = loop.id("select id from deputy where code = 'wl99'");
        loop.post(Staff.REVIEWER, "/review/cases/" + r.caseId() + "/accept", "deputyId", "" + wl99).andExpect(status().isBadRequest());
        long wl02 = loop.id("select id from deputy where code = 'wl02'");
        loop.post(Staff.REVIEWER, "/review/cases/" + r.caseId() + "/accept", "deputyId", "" + wl02).andExpect(status().is3xxRedirection());
        // every deputy of the station sees the pool case; only the responsible one acts on it
        loop.as(Staff.DEPUTY, get("/deputy/cases/" + r.caseId())).andExpect(status().isOk());
        loop.post(Staff.DEPUTY, "/deputy/cases/" + r.caseId() + "/reply", "text", "我来答复").andExpect(status().isForbidden());
        loop.post("daibiao02", "/deputy/cases/" + r.caseId() + "/reply", "text", "收到").andExpect(status().is3xxRedirection());
    }

    @Test
    void aDeputyResolvesDirectlyAndTheResidentAsksToReopen() throws Exception {
        Receipt r = loop.submit("/d/wl01", "楼道灯不亮", null, null, true);
        loop.post(Staff.REVIEWER, "/review/cases/" + r.caseId() + "/accept", "makePublic", "true", "publicText", "楼道灯不亮");
        loop.post(Staff.DEPUTY, "/deputy/cases/" + r.caseId() + "/reply", "text", "我联系物业");
        loop.post(Staff.DEPUTY, "/deputy/cases/" + r.caseId() + "/resolve", "text", "物业已更换灯泡").andExpect(status().is3xxRedirection());
        assertThat(loop.state(r.caseId())).isEqualTo("RESOLVED");
        // asking to reopen is the one "没有解决" path of the evaluation
        loop.onCase(r.ticket(), "00000000", "evaluate", "satisfaction", "UNSATISFIED", "comment", "还是不亮")
                .andExpect(status().isNotFound());
        loop.onCase(r.ticket(), r.queryCode(), "evaluate", "satisfaction", "UNSATISFIED", "comment", "第二天又不亮了")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(r.caseId())).isEqualTo("REOPENED");
        assertThat(jdbc.sql("select reopen_count from cases where id = ?").param(1, r.caseId()).query(Integer.class).single()).isEqualTo(1);
        loop.post(Staff.DEPUTY, "/deputy/cases/" + r.caseId() + "/reply", "text", "再次联系物业，彻底检修线路")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(r.caseId())).isEqualTo("REPLIED");
    }

    @Test
    void anUnsatisfiedEvaluationReopensTheCaseForANewRoundOfDispatch() throws Exception {
        long id = loop.acceptedAndReplied("垃圾站臭味大");
        String ticket = jdbc.sql("select ticket from cases where id = ?").param(1, id).query(String.class).single();
        long chengguan = loop.department("城管办");
        loop.post(Staff.DISPATCHER, "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + chengguan, "dueDate", loop.due());
        loop.post("chengguan", "/department/assignments/" + loop.assignment(id, "城管办") + "/report", "feedback", "已清洗");
        loop.post(Staff.DEPUTY, "/deputy/cases/" + id + "/reply-to-resident", "text", "已处理");
        String code = loop.giveKnownCode(id);
        loop.onCase(ticket, code, "evaluate", "satisfaction", "BAD").andExpect(status().isBadRequest());
        loop.onCase(ticket, code, "evaluate", "satisfaction", "UNSATISFIED", "comment", "还是臭")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("REOPENED");
        loop.post(Staff.DISPATCHER, "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + chengguan, "dueDate", loop.due())
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select max(round) from assignment where case_id = ?").param(1, id).query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    void aReturnedAssignmentGoesBackToTheDispatcherAndIsRedispatched() throws Exception {
        long id = loop.acceptedAndReplied("小区违建");
        long zongzhi = loop.department("综治办");
        long chengguan = loop.department("城管办");
        loop.post(Staff.DISPATCHER, "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + zongzhi, "dueDate", loop.due());
        long a = loop.assignment(id, "综治办");
        loop.post("zongzhi", "/department/assignments/" + a + "/return", "reason", "").andExpect(status().isBadRequest());
        loop.post("zongzhi", "/department/assignments/" + a + "/return", "reason", "属于城管办职责").andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("DISPATCHED");
        String ticket = jdbc.sql("select ticket from cases where id = ?").param(1, id).query(String.class).single();
        loop.as(Staff.DISPATCHER, get("/dispatch")).andExpect(content().string(containsString(ticket)));
        loop.post(Staff.DISPATCHER, "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + chengguan, "dueDate", loop.due())
                .andExpect(status().is3xxRedirection());
        loop.post("chengguan", "/department/assignments/" + loop.assignment(id, "城管办") + "/report", "feedback", "已立案查处");
        assertThat(loop.state(id)).isEqualTo("FEEDBACK_RECEIVED");
        // the returned assignment can no longer be reported on
        loop.post("zongzhi", "/department/assignments/" + a + "/report", "feedback", "x").andExpect(status().isConflict());
    }

    @Test
    void extensionsAreRequestedAndDecided() throws Exception {
        long id = loop.acceptedAndReplied("道路坑洼");
        long chengguan = loop.department("城管办");
        String due = loop.due();
        loop.post(Staff.DISPATCHER, "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + chengguan, "dueDate", due);
        long a = loop.assignment(id, "城管办");
        loop.post("chengguan", "/department/assignments/" + a + "/extension", "days", "0", "reason", "x").andExpect(status().isBadRequest());
        loop.post("chengguan", "/department/assignments/" + a + "/extension", "days", "abc", "reason", "x").andExpect(status().isBadRequest());
        loop.post("chengguan", "/department/assignments/" + a + "/extension", "days", "5", "reason", "").andExpect(status().isBadRequest());
        loop.post("chengguan", "/department/assignments/" + a + "/extension", "days", "5", "reason", "需要采购材料")
                .andExpect(status().is3xxRedirection());
        loop.post(Staff.DISPATCHER, "/dispatch/assignments/" + a + "/extension", "grant", "true", "note", "同意")
                .andExpect(status().is3xxRedirection());
        // an extension counts working days
        assertThat(jdbc.sql("select due_date::text from assignment where id = ?").param(1, a).query(String.class).single())
                .isEqualTo(calendar.addWorkingDays(java.time.LocalDate.parse(due), 5).toString());
        loop.post(Staff.DISPATCHER, "/dispatch/assignments/" + a + "/extension", "grant", "false").andExpect(status().isConflict());
    }

    @Test
    void badDispatchesAreRefused() throws Exception {
        long id = loop.acceptedAndReplied("噪音扰民");
        loop.post(Staff.DISPATCHER, "/dispatch/cases/" + id + "/dispatch", "dueDate", loop.due()).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请至少选择一个职能部门")));
        long chengguan = loop.department("城管办");
        loop.post(Staff.DISPATCHER, "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + chengguan, "dueDate", "2020-01-01")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("办理期限应晚于今天")));
        loop.post(Staff.DISPATCHER, "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + chengguan, "dueDate", "not-a-date")
                .andExpect(status().isBadRequest());
        loop.post(Staff.DISPATCHER, "/dispatch/cases/" + id + "/dispatch", "departmentIds", "999999", "dueDate", loop.due())
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("所选部门不存在")));
        assertThat(loop.state(id)).isEqualTo("DISPATCH_REQUESTED");
    }

    @Test
    void aLargerIssueBecomesAProposalAndIsClosedWhenAnswered() throws Exception {
        Receipt r = loop.submit("/d/wl03", "片区内没有公办幼儿园，孩子入园难", null, null, true);
        loop.post(Staff.REVIEWER, "/review/cases/" + r.caseId() + "/accept", "makePublic", "true", "publicText", "片区内没有公办幼儿园");
        loop.post("daibiao03", "/deputy/cases/" + r.caseId() + "/proposal", "number", "", "text", "x").andExpect(status().isBadRequest());
        loop.post("daibiao03", "/deputy/cases/" + r.caseId() + "/proposal", "number", "雨湖区人大〔2024〕第12号",
                "text", "建议在万楼片区新建公办幼儿园").andExpect(status().is3xxRedirection());
        assertThat(loop.state(r.caseId())).isEqualTo("PROPOSAL");
        loop.post("daibiao03", "/deputy/cases/" + r.caseId() + "/proposal-answer", "text", "区教育局已立项，新园于2025年9月开园")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(r.caseId())).isEqualTo("PROPOSAL_ANSWERED");
        loop.onCase(r.ticket(), r.queryCode(), "evaluate", "satisfaction", "SATISFIED")
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + r.ticket())).andExpect(content().string(containsString("雨湖区人大〔2024〕第12号")));
    }

    @Test
    void actionsOutOfTurnAreRefusedWithTheReason() throws Exception {
        Receipt r = loop.submit("/d/wl01", "测试顺序", null, null, true);
        loop.post(Staff.REVIEWER, "/review/cases/" + r.caseId() + "/accept", "makePublic", "true", "publicText", "测试顺序");
        loop.post(Staff.DEPUTY, "/deputy/cases/" + r.caseId() + "/reply-to-resident", "text", "太早了").andExpect(status().isConflict())
                .andExpect(content().string(containsString("留言当前状态为「已受理，待代表答复」，不能答复群众")));
        loop.post(Staff.REVIEWER, "/review/cases/" + r.caseId() + "/accept").andExpect(status().isConflict());
        loop.onCase(r.ticket(), r.queryCode(), "evaluate", "satisfaction", "SATISFIED")
                .andExpect(status().isConflict());
        loop.post(Staff.DEPUTY, "/deputy/cases/" + r.caseId() + "/reply", "text", "  ").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写内容")));
        loop.post(Staff.DEPUTY, "/deputy/cases/" + r.caseId() + "/reply", "text", "长".repeat(4001)).andExpect(status().isBadRequest());
        assertThat(loop.state(r.caseId())).isEqualTo("ACCEPTED");
    }

    @Test
    void staffEnterAnOfflineIssueWithItsChannel() throws Exception {
        long station = loop.id("select id from station where code = 'wanlou'");
        long category = loop.id("select id from category where name = '道路交通'");
        var result = loop.as(Staff.REVIEWER, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/intake")
                        .param("channel", "RECEPTION").param("occasion", "11月15日接待日").param("stationId", "" + station)
                        .param("text", "接待日群众反映：公交站台缺少遮阳棚").param("categoryId", "" + category)
                        .param("publicChoice", "true").param("name", "赵先生").param("phone", "13700001111")
                        .param("submissionKey", java.util.UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已录入"))).andReturn();
        long id = loop.id("select max(id) from cases where channel = 'RECEPTION'");
        assertThat(loop.state(id)).isEqualTo("SUBMITTED");
        assertThat(result.getResponse().getContentAsString()).contains(
                jdbc.sql("select ticket from cases where id = ?").param(1, id).query(String.class).single());
        loop.as(Staff.REVIEWER, get("/review/cases/" + id)).andExpect(content().string(containsString("接待日来访")));
        loop.as(Staff.REVIEWER, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/intake")
                        .param("channel", "DEPUTY_CODE").param("stationId", "" + station).param("text", "x")
                        .param("categoryId", "" + category).param("publicChoice", "true")
                        .param("submissionKey", java.util.UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择线下渠道")));
        loop.as(Staff.REVIEWER, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/intake")
                        .param("channel", "FORUM").param("text", "").param("publicChoice", "true")
                        .param("submissionKey", java.util.UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择联络站")))
                .andExpect(content().string(containsString("请写下您要反映的事情")));
    }
}
