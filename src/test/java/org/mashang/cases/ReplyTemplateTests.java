package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerClassData;
import org.mashang.TestData.Street;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Reply templates (常用语): personal and shared in the street, picked on a form and filled for the case. */
@IntegrationTest
class ReplyTemplateTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    /** A street with two offices: the second must not see the first's personal template. */
    @RegisterExtension
    static final PerClassData data = new PerClassData(s -> s.departments("城管办", "执法队"));

    LoopDriver loop;

    @BeforeEach
    void setUp() {
        loop = new LoopDriver(mvc, jdbc, users);
    }

    String page(String user, String url) throws Exception {
        return loop.as(user, get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    long template(String title) {
        return loop.id("select id from reply_template where title = ?", title);
    }

    @Test
    void placeholdersAreFilledAndMissingOnesBecomeNeutralWords() {
        ReplyTemplate t = new ReplyTemplate(1, "t", "{resident}您好，{ticket}已交{department}办理。", false);
        assertThat(t.fill("王秀英", "261201-00001", "城管办")).isEqualTo("王秀英您好，261201-00001已交城管办办理。");
        assertThat(t.fill(null, "261201-00001", " ")).isEqualTo("群众您好，261201-00001已交相关部门办理。");
    }

    @Test
    void personalAndSharedTemplatesArePickedAndFilledOnTheForms() throws Exception {
        Street street = data.street();
        long id = street.caseIn(CaseState.DISPATCH_REQUESTED, "万楼社区第1区块的路灯坏了三盏。").caseId();
        String ticket = jdbc.sql("select ticket from cases where id = ?").param(1, id).query(String.class).single();
        loop.post(street.dispatcher(), "/dispatch/cases/" + id + "/dispatch", "departmentIds", Long.toString(street.department().id()),
                "dueDate", loop.due()).andExpect(status().is3xxRedirection());
        String office = street.department().username();
        String officeName = street.department().name();

        loop.post(street.reviewer(), "/staff/templates", "title", "街道共用-已交办", "body", "您反映的问题（{ticket}）已交{department}办理。",
                "shared", "true").andExpect(status().is3xxRedirection());
        loop.post(office, "/staff/templates", "title", "城管-已处理", "body", "{department}已处理，编号{ticket}。")
                .andExpect(status().is3xxRedirection());
        // a department cannot share with the street, and a template needs its text
        assertThat(loop.post(office, "/staff/templates", "title", "x", "body", "y", "shared", "true").andReturn().getResponse()
                .getStatus()).isEqualTo(400);
        assertThat(loop.post(office, "/staff/templates", "title", "x").andReturn().getResponse().getStatus()).isEqualTo(400);

        long assignment = loop.assignment(id, officeName);
        String form = page(office, "/department/assignments/" + assignment + "?template=" + template("城管-已处理"));
        assertThat(form).contains(officeName + "已处理，编号" + ticket + "。</textarea>").contains("街道共用-已交办");
        String shared = page(office, "/department/assignments/" + assignment + "?template=" + template("街道共用-已交办"));
        assertThat(shared).contains("您反映的问题（" + ticket + "）已交" + officeName + "办理。</textarea>");

        // another user's personal template is not theirs to pick or delete
        assertThat(loop.as(street.departments().get(1).username(), get("/department/assignments/" + assignment + "?template=" + template("城管-已处理")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(loop.post(street.departments().get(1).username(), "/staff/templates/" + template("城管-已处理") + "/delete").andReturn().getResponse().getStatus())
                .isEqualTo(404);
        var fresh = loop.submit(street, "莲城社区第2区块下水道堵了。", null, null, false);
        assertThat(page(street.reviewer(), "/review/cases/" + fresh.caseId() + "?template=" + template("街道共用-已交办")))
                .contains("value=\"您反映的问题（" + fresh.ticket() + "）已交相关部门办理。\"");
        loop.post(street.reviewer(), "/review/cases/" + fresh.caseId() + "/accept", "makePublic", "false").andExpect(status().is3xxRedirection());
        String deputy = page(street.deputy().username(), "/deputy/cases/" + fresh.caseId() + "?template=" + template("街道共用-已交办"));
        assertThat(deputy).contains("您反映的问题（" + fresh.ticket() + "）已交相关部门办理。</textarea>").doesNotContain("城管-已处理");
        loop.post(office, "/staff/templates/" + template("城管-已处理") + "/delete").andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from reply_template where title = '城管-已处理'").query(Long.class).single()).isZero();
    }
}
