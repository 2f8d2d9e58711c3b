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
import org.mashang.TestData.Person;
import org.mashang.TestData.Street;
import org.mashang.cases.CaseState;
import org.mashang.cases.LoopDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Lead and co-handlers (主办、协办): co-handlers report to the lead, the lead's feedback closes the department stage. On a
 * street of each test's own with three street offices.
 */
@IntegrationTest
class LeadAndCoHandlersTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    LoopDriver loop;
    /** Its street offices 城管办, 执法中队, 综治办 (named with the street's key). */
    Street street;

    @BeforeEach
    void setUp() {
        loop = new LoopDriver(mvc, jdbc, users);
        street = data.street().departments("城管办", "执法中队", "综治办").create();
    }

    long acceptedAndReplied(String text) throws Exception {
        return street.caseIn(CaseState.DISPATCH_REQUESTED, text).caseId();
    }

    String assignmentState(long id) {
        return jdbc.sql("select state from assignment where id = ?").param(1, id).query(String.class).single();
    }

    @Test
    void coHandlersReportToTheLeadWhoseFeedbackClosesTheStage() throws Exception {
        long id = acceptedAndReplied("测试社区第1区块楼道堆放杂物，消防通道被堵。");
        String ticket = jdbc.sql("select ticket from cases where id = ?").param(1, id).query(String.class).single();
        Person cityOffice = street.departments().get(0);
        Person zhifa = street.departments().get(1);
        Person zongzhi = street.departments().get(2);
        loop.post(street.dispatcher(), "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + cityOffice.id(),
                "departmentIds", "" + zhifa.id(), "departmentIds", "" + zongzhi.id(),
                "leadDepartmentId", "" + cityOffice.id(), "dueDate", loop.due()).andExpect(status().is3xxRedirection());

        long zhifaAssignment = loop.assignment(id, zhifa.name());
        loop.post(zhifa.username(), "/department/assignments/" + zhifaAssignment + "/report", "feedback", "执法中队已现场督促清理杂物。")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("DISPATCHED");
        long lead = loop.assignment(id, cityOffice.name());
        String leadPage = loop.as(cityOffice.username(), get("/department/assignments/" + lead)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(leadPage).contains(zhifa.name() + "（协办）向主办部门" + cityOffice.name() + "反馈：执法中队已现场督促清理杂物。")
                .contains("主办");

        loop.post(cityOffice.username(), "/department/assignments/" + lead + "/report", "feedback", "已会同执法中队清理完毕，通道畅通。")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("FEEDBACK_RECEIVED");
        long zongzhiAssignment = loop.assignment(id, zongzhi.name());
        assertThat(assignmentState(zongzhiAssignment)).isEqualTo("CLOSED_WITH_LEAD");
        assertThat(jdbc.sql("select count(*) from case_stage where assignment_id = ? and completed_at is null")
                .param(1, zongzhiAssignment).query(Long.class).single()).isZero();
        loop.post(zongzhi.username(), "/department/assignments/" + zongzhiAssignment + "/report", "feedback", "迟到的反馈").andExpect(status().isConflict());

        String wall = mvc.perform(get("/cases/" + ticket)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(wall).contains("交办" + cityOffice.name() + "（主办）、" + zhifa.name() + "（协办）、" + zongzhi.name() + "（协办）办理")
                .contains(cityOffice.name() + "（主办）：已会同执法中队清理完毕")
                .doesNotContain("执法中队已现场督促清理杂物");
    }

    @Test
    void theLeadMustBeOneOfTheDepartments() throws Exception {
        long id = acceptedAndReplied("路灯不亮。");
        var refused = loop.post(street.dispatcher(), "/dispatch/cases/" + id + "/dispatch",
                "departmentIds", "" + street.departments().get(0).id(), "leadDepartmentId", "" + street.departments().get(2).id(),
                "dueDate", loop.due()).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("主办部门应是所选部门之一");
        assertThat(loop.state(id)).isEqualTo("DISPATCH_REQUESTED");
    }
}
