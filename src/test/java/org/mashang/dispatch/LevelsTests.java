package org.mashang.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestData;
import org.mashang.TestData.Street;
import org.mashang.cases.CaseState;
import org.mashang.cases.LoopDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Levels (分级): a case the street cannot solve climbs to the district (and the city) and comes back down; each level's
 * dispatchers and reviewers see their own and what was transferred to them, and only the holder dispatches.
 */
@IntegrationTest
class LevelsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.mashang.cases.internal.DeadlineScanner scanner;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    LoopDriver loop;
    /** A street (offices 城管办 and 综治办) of a district with its committee and bureaus, in a city with its committee. */
    Street street;
    TestData.DistrictCommittee district;
    TestData.CityCommittee city;
    /** The street's and the district's and the city's dispatchers, the district's reviewer, a dispatcher of the district's other street. */
    String dispatcher;
    String districtDispatcher;
    String districtReviewer;
    String cityDispatcher;
    String otherStreet;

    @BeforeEach
    void setUp() {
        loop = new LoopDriver(mvc, jdbc, users);
        street = data.street().departments("城管办", "综治办").withDistrictCommittee("教育局", "住建局").withCityCommittee().create();
        district = street.districtCommittee();
        city = street.cityCommittee();
        dispatcher = street.dispatcher();
        districtDispatcher = district.dispatcher();
        districtReviewer = district.reviewer();
        cityDispatcher = city.dispatcher();
        otherStreet = data.street().nextTo(street).create().dispatcher();
    }

    /** A new case of the street, accepted and replied to by its deputy with a request to dispatch it to 城管办. */
    long acceptedAndReplied(String text) throws Exception {
        return street.caseIn(CaseState.DISPATCH_REQUESTED, text).caseId();
    }

    TestData.Person bureau(String name) {
        return district.departments().stream().filter(d -> d.name().startsWith(name + "-")).findFirst().orElseThrow();
    }

    @Test
    void aCaseClimbsToTheDistrictWhichDispatchesToItsBureausAndTheDeputyReplies() throws Exception {
        long id = acceptedAndReplied("小区旁的幼儿园学位不够，孩子上学要跑很远。");
        String ticket = ticket(id);
        String code = loop.giveKnownCode(id);
        long other = acceptedAndReplied("万楼社区路灯坏了");
        // the street's committee dispatches to its offices; the district's bureaus are reached by transferring up
        loop.post(dispatcher, "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + bureau("教育局").id(),
                "dueDate", loop.due()).andExpect(status().isBadRequest());

        // before the transfer the district sees nothing of the street's cases
        loop.as(districtDispatcher, get("/dispatch/cases/" + id)).andExpect(status().isNotFound());
        assertThat(page(districtDispatcher, get("/dispatch"))).doesNotContain(ticket);
        loop.post(dispatcher, "/dispatch/cases/" + id + "/transfer", "reason", " ").andExpect(status().isBadRequest());
        loop.post(districtDispatcher, "/dispatch/cases/" + id + "/transfer", "reason", "越级").andExpect(status().isNotFound());

        loop.post(dispatcher, "/dispatch/cases/" + id + "/transfer", "reason", "学位布局属区教育局职责，街道无法解决")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("DISPATCH_REQUESTED");
        // the district's dispatchers are told, once; not the city's above it, nor the street's
        assertThat(jdbc.sql("select recipient_name from notification_outbox where case_id = ? and template_key = 'dispatcher-transferred'")
                .param(1, id).query(String.class).list()).containsExactly("测试区交办员");
        assertThat(jdbc.sql("select body from notification_outbox where case_id = ? and template_key = 'dispatcher-transferred'")
                .param(1, id).query(String.class).single()).contains(street.committeeName() + "转送来留言 " + ticket).contains("/dispatch/cases/" + id);

        // the street still sees it, no longer in its queue, and can no longer dispatch it
        assertThat(page(dispatcher, get("/dispatch"))).doesNotContain(ticket).contains(ticket(other));
        assertThat(page(dispatcher, get("/dispatch/cases/" + id))).contains("这条留言现由" + district.name() + "办理");
        loop.post(dispatcher, "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + street.department().id(),
                "dueDate", loop.due()).andExpect(status().isForbidden());
        loop.post(dispatcher, "/dispatch/cases/" + id + "/transfer", "reason", "再转").andExpect(status().isForbidden());

        // the district sees it in its queue, but not the street's other cases; the city and the other street see nothing
        assertThat(page(districtDispatcher, get("/dispatch"))).contains(ticket).doesNotContain(ticket(other));
        assertThat(page(districtDispatcher, get("/dispatch/cases/" + id))).contains("现由" + district.name() + "交办", "学位布局属区教育局职责");
        loop.as(districtDispatcher, get("/dispatch/cases/" + other)).andExpect(status().isNotFound());
        loop.as(districtReviewer, get("/review/cases/" + other)).andExpect(status().isNotFound());
        loop.as(cityDispatcher, get("/dispatch/cases/" + id)).andExpect(status().isNotFound());
        assertThat(page(cityDispatcher, get("/dispatch"))).doesNotContain(ticket);
        loop.as(otherStreet, get("/dispatch/cases/" + id)).andExpect(status().isNotFound());
        loop.post(otherStreet, "/dispatch/cases/" + id + "/send-back", "reason", "x").andExpect(status().isNotFound());

        // the district dispatches to its bureaus, not to the street's offices
        loop.post(districtDispatcher, "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + street.department().id(),
                "dueDate", loop.due()).andExpect(status().isBadRequest());
        String jiaoyu = Long.toString(bureau("教育局").id());
        loop.post(districtDispatcher, "/dispatch/cases/" + id + "/dispatch", "departmentIds", jiaoyu,
                "departmentIds", Long.toString(bureau("住建局").id()), "leadDepartmentId", jiaoyu, "dueDate", loop.due())
                .andExpect(status().is3xxRedirection());
        loop.post(districtDispatcher, "/dispatch/cases/" + id + "/send-back", "reason", "x").andExpect(status().isConflict());
        loop.post(bureau("住建局").username(), "/department/assignments/" + loop.assignment(id, bureau("住建局").name()) + "/report",
                "feedback", "住建局已核实周边可改建用房。").andExpect(status().is3xxRedirection());
        loop.post(bureau("教育局").username(), "/department/assignments/" + loop.assignment(id, bureau("教育局").name()) + "/report", "feedback",
                "教育局已将新建公办幼儿园列入明年计划。").andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("FEEDBACK_RECEIVED");

        // the deputy stays responsible for the reply
        loop.post(street.deputy().username(), "/deputy/cases/" + id + "/reply-to-resident", "text", "新建公办幼儿园已列入明年计划。")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("CLOSED");
        String timeline = loop.track(ticket, code).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(timeline).contains("本辖区无法解决，已转送" + district.name(), bureau("教育局").name() + "（主办）")
                .doesNotContain("学位布局属区教育局职责");
    }

    @Test
    void aCaseGoesOnToTheCityAndIsSentBackDownLevelByLevel() throws Exception {
        long id = acceptedAndReplied("跨区道路积水");
        String ticket = ticket(id);
        loop.post(dispatcher, "/dispatch/cases/" + id + "/send-back", "reason", "x").andExpect(status().isBadRequest());
        loop.post(dispatcher, "/dispatch/cases/" + id + "/transfer", "reason", "涉及多个街道");
        loop.post(districtDispatcher, "/dispatch/cases/" + id + "/transfer", "reason", "涉及两个区，请市里协调")
                .andExpect(status().is3xxRedirection());

        assertThat(page(cityDispatcher, get("/dispatch"))).contains(ticket);
        assertThat(jdbc.sql("select recipient_name from notification_outbox where case_id = ? and template_key = 'dispatcher-transferred' order by id")
                .param(1, id).query(String.class).list()).as("each receiving committee once").containsExactly("测试区交办员", "测试市交办员");
        assertThat(page(districtDispatcher, get("/dispatch"))).doesNotContain(ticket);
        assertThat(page(districtDispatcher, get("/dispatch/cases/" + id))).contains("这条留言现由" + city.name() + "办理");
        loop.post(districtDispatcher, "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + bureau("住建局").id(),
                "dueDate", loop.due()).andExpect(status().isForbidden());
        loop.post(cityDispatcher, "/dispatch/cases/" + id + "/transfer", "reason", "x").andExpect(status().isBadRequest());

        loop.post(cityDispatcher, "/dispatch/cases/" + id + "/send-back", "reason", "属区内事务，由区协调").andExpect(status().is3xxRedirection());
        assertThat(page(districtDispatcher, get("/dispatch"))).contains(ticket);
        loop.post(districtDispatcher, "/dispatch/cases/" + id + "/send-back", "reason", "由街道城管办处理").andExpect(status().is3xxRedirection());
        assertThat(page(districtDispatcher, get("/dispatch"))).doesNotContain(ticket);
        assertThat(page(dispatcher, get("/dispatch"))).contains(ticket);
        // both upper levels still see what passed through them
        loop.as(cityDispatcher, get("/dispatch/cases/" + id)).andExpect(status().isOk());
        loop.post(dispatcher, "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + street.department().id(),
                "dueDate", loop.due()).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from case_transfer where case_id = ?").param(1, id).query(Long.class).single())
                .isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from notification_outbox where case_id = ? and template_key = 'dispatcher-transferred'")
                .param(1, id).query(Long.class).single()).as("sending back down tells nobody anew").isEqualTo(2);
    }

    @Test
    void theDispatchersOfTheLevelHoldingACaseChangeItsUrgencyAndRecordAFollowUp() throws Exception {
        long id = acceptedAndReplied("小区门口下水道堵塞，污水漫到路面。");
        String base = "/dispatch/cases/" + id;
        assertThat(page(dispatcher, get(base))).contains("id=\"urgency-change\"", base + "/urgency").doesNotContain("id=\"follow-up\"");
        loop.post(dispatcher, base + "/urgency", "urgency", "URGENT").andExpect(status().isBadRequest());
        loop.post(dispatcher, base + "/urgency", "urgency", "SOMETIMES", "reason", "x").andExpect(status().isBadRequest());
        loop.post(dispatcher, base + "/urgency", "urgency", "URGENT", "reason", "污水漫到路面，影响通行")
                .andExpect(status().is3xxRedirection());
        assertThat(urgency(id)).isEqualTo("URGENT");
        assertThat(jdbc.sql("select body from case_event where case_id = ? and type = 'URGENCY_CHANGED' and not public")
                .param(1, id).query(String.class).single()).contains("污水漫到路面，影响通行");

        // up to the district: its dispatchers change it now, the street's no longer, the city's never saw it
        loop.post(dispatcher, base + "/transfer", "reason", "涉及雨污分流改造").andExpect(status().is3xxRedirection());
        loop.post(dispatcher, base + "/urgency", "urgency", "COMPLEX", "reason", "改造").andExpect(status().isForbidden());
        loop.post(cityDispatcher, base + "/urgency", "urgency", "COMPLEX", "reason", "改造").andExpect(status().isNotFound());
        assertThat(page(dispatcher, get(base))).doesNotContain("id=\"urgency-change\"");
        loop.post(districtDispatcher, base + "/urgency", "urgency", "COMPLEX", "reason", "需雨污分流改造，周期较长")
                .andExpect(status().is3xxRedirection());
        assertThat(urgency(id)).isEqualTo("COMPLEX");

        // answered: the district's dispatcher records the resident's evaluation taken on the phone (回访)
        loop.post(districtDispatcher, base + "/dispatch", "departmentIds", Long.toString(bureau("住建局").id()), "dueDate", loop.due())
                .andExpect(status().is3xxRedirection());
        loop.post(bureau("住建局").username(), "/department/assignments/" + loop.assignment(id, bureau("住建局").name()) + "/report",
                "feedback", "已疏通并列入改造计划")
                .andExpect(status().is3xxRedirection());
        loop.post(street.deputy().username(), "/deputy/cases/" + id + "/reply-to-resident", "text", "已疏通，改造已列入计划。")
                .andExpect(status().is3xxRedirection());
        assertThat(page(districtDispatcher, get(base))).contains("id=\"follow-up\"", base + "/follow-up");
        loop.post(districtDispatcher, base + "/urgency", "urgency", "URGENT", "reason", "x").andExpect(status().isConflict());
        loop.post(dispatcher, base + "/follow-up", "satisfaction", "SATISFIED").andExpect(status().isForbidden());
        loop.post(districtDispatcher, base + "/follow-up", "satisfaction", "NOPE").andExpect(status().isBadRequest());
        loop.post(districtDispatcher, base + "/follow-up", "satisfaction", "BASICALLY_SATISFIED", "note", "李阿姨说已经通了")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("EVALUATED");
        assertThat(jdbc.sql("select body from case_event where case_id = ? and type = 'FOLLOW_UP' and public").param(1, id)
                .query(String.class).single()).isEqualTo("工作人员电话回访，群众评价：基本满意");
        assertThat(jdbc.sql("select actor_role from case_event where case_id = ? and type = 'FOLLOW_UP' and public").param(1, id)
                .query(String.class).single()).isEqualTo("DISPATCHER");
    }

    String urgency(long caseId) {
        return jdbc.sql("select urgency from cases where id = ?").param(1, caseId).query(String.class).single();
    }

    @Test
    void anOverdueStageOfACaseTheDistrictHoldsIsEscalatedToTheDistrictsCommitteeNotTheStreets() throws Exception {
        long id = acceptedAndReplied("两个小区之间的道路归属不清，坑洼多年没人修。");
        loop.post(dispatcher, "/dispatch/cases/" + id + "/transfer", "reason", "道路归属需区里确定")
                .andExpect(status().is3xxRedirection());
        loop.post(districtDispatcher, "/dispatch/cases/" + id + "/dispatch", "departmentIds", Long.toString(bureau("住建局").id()),
                "dueDate", loop.due()).andExpect(status().is3xxRedirection());
        jdbc.sql("""
                        update case_stage set due_at = now() - interval '1 minute', warn_at = now() - interval '1 day'
                        where case_id = ? and stage = 'ASSIGNMENT' and completed_at is null""").param(1, id).update();
        scanner.scan(java.time.Instant.now());
        assertThat(jdbc.sql("""
                        select recipient_kind || ' ' || recipient_name from notification_outbox
                        where case_id = ? and template_key = 'deadline-escalation' order by id""").param(1, id).query(String.class).list())
                .as("the committee holding the case: the district's own dispatchers and head, not the street's nor the city's")
                .containsExactlyInAnyOrder("DISPATCHER 测试区交办员", "COMMITTEE_HEAD " + district.head());
        assertThat(jdbc.sql("select count(*) from notification_outbox where case_id = ? and template_key = 'deadline-overdue'")
                .param(1, id).query(Long.class).single()).as("the department still hears its own warning").isPositive();
    }

    String ticket(long id) {
        return jdbc.sql("select ticket from cases where id = ?").param(1, id).query(String.class).single();
    }

    String page(String user, MockHttpServletRequestBuilder request) throws Exception {
        return loop.as(user, request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
