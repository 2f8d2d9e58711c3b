package org.mashang.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.Staff;
import org.mashang.cases.LoopDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Lead and co-handlers (主办、协办): co-handlers report to the lead, the lead's feedback closes the department stage. */
@IntegrationTest
class LeadAndCoHandlersTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    LoopDriver loop;

    @BeforeEach
    void setUp() {
        loop = new LoopDriver(mvc, jdbc, users);
    }

    String assignmentState(long id) {
        return jdbc.sql("select state from assignment where id = ?").param(1, id).query(String.class).single();
    }

    @Test
    void coHandlersReportToTheLeadWhoseFeedbackClosesTheStage() throws Exception {
        long id = loop.acceptedAndReplied("万楼社区第1区块楼道堆放杂物，消防通道被堵。");
        String ticket = jdbc.sql("select ticket from cases where id = ?").param(1, id).query(String.class).single();
        String chengguan = Long.toString(loop.department("城管办"));
        loop.post(Staff.DISPATCHER, "/dispatch/cases/" + id + "/dispatch", "departmentIds", chengguan,
                "departmentIds", Long.toString(loop.department("执法中队")), "departmentIds", Long.toString(loop.department("综治办")),
                "leadDepartmentId", chengguan, "dueDate", loop.due()).andExpect(status().is3xxRedirection());

        long zhifa = loop.assignment(id, "执法中队");
        loop.post("zhifa", "/department/assignments/" + zhifa + "/report", "feedback", "执法中队已现场督促清理杂物。")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("DISPATCHED");
        long lead = loop.assignment(id, "城管办");
        String leadPage = loop.as("chengguan", get("/department/assignments/" + lead)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(leadPage).contains("执法中队（协办）向主办部门城管办反馈：执法中队已现场督促清理杂物。").contains("主办");

        loop.post("chengguan", "/department/assignments/" + lead + "/report", "feedback", "已会同执法中队清理完毕，通道畅通。")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("FEEDBACK_RECEIVED");
        long zongzhi = loop.assignment(id, "综治办");
        assertThat(assignmentState(zongzhi)).isEqualTo("CLOSED_WITH_LEAD");
        assertThat(jdbc.sql("select count(*) from case_stage where assignment_id = ? and completed_at is null").param(1, zongzhi)
                .query(Long.class).single()).isZero();
        loop.post("zongzhi", "/department/assignments/" + zongzhi + "/report", "feedback", "迟到的反馈").andExpect(status().isConflict());

        String wall = mvc.perform(get("/cases/" + ticket)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(wall).contains("交办城管办（主办）、执法中队（协办）、综治办（协办）办理").contains("城管办（主办）：已会同执法中队清理完毕")
                .doesNotContain("执法中队已现场督促清理杂物");
    }

    @Test
    void theLeadMustBeOneOfTheDepartments() throws Exception {
        long id = loop.acceptedAndReplied("路灯不亮。");
        var refused = loop.post(Staff.DISPATCHER, "/dispatch/cases/" + id + "/dispatch",
                "departmentIds", Long.toString(loop.department("城管办")), "leadDepartmentId", Long.toString(loop.department("综治办")),
                "dueDate", loop.due()).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("主办部门应是所选部门之一");
        assertThat(loop.state(id)).isEqualTo("DISPATCH_REQUESTED");
    }
}
