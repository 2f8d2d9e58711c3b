package org.mashang.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.UUID;
import org.mashang.Staff;
import org.mashang.cases.internal.Receipt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Drives a case through the loop the way people do, through the web endpoints. */
class LoopDriver {

    final MockMvc mvc;
    final JdbcClient jdbc;
    final UserDetailsService users;

    LoopDriver(MockMvc mvc, JdbcClient jdbc, UserDetailsService users) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.users = users;
    }

    long id(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            spec = spec.param(i + 1, params[i]);
        }
        return spec.query(Long.class).single();
    }

    long department(String name) {
        return id("select id from department where name = ?", name);
    }

    String state(long caseId) {
        return jdbc.sql("select state from cases where id = ?").param(1, caseId).query(String.class).single();
    }

    /** A resident's message through a code page; returns the receipt. */
    Receipt submit(String path, String text, String name, String phone, boolean wantsPublic) throws Exception {
        return submit(path, text, name, phone, wantsPublic, id("select id from region where name = '万楼社区第1区块'"));
    }

    Receipt submit(String path, String text, String name, String phone, boolean wantsPublic, Long block) throws Exception {
        var request = multipart(path).param("text", text)
                .param("categoryId", Long.toString(id("select id from category where name = '市容环境'")))
                .param("publicChoice", Boolean.toString(wantsPublic))
                .param("submissionKey", UUID.randomUUID().toString()).with(csrf());
        if (block != null) {
            request.param("blockId", Long.toString(block));
        }
        if (name != null) {
            request.param("name", name);
        }
        if (phone != null) {
            request.param("phone", phone);
        }
        var result = mvc.perform(request).andReturn();
        return (Receipt) result.getFlashMap().get("receipt");
    }

    ResultActions as(String username, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(csrf()).with(Staff.as(users, username)));
    }

    ResultActions post(String username, String url, String... params) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return as(username, request);
    }

    ResultActions resident(String url, String... params) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    long assignment(long caseId, String department) {
        return id("select id from assignment where case_id = ? and department_name = ? order by id desc limit 1", caseId, department);
    }

    /** A new case accepted (public) and replied to by deputy wl01, with a dispatch request. */
    long acceptedAndReplied(String text) throws Exception {
        Receipt r = submit("/d/wl01", text, null, null, true);
        post(Staff.REVIEWER, "/review/cases/" + r.caseId() + "/accept", "makePublic", "true", "publicText", text);
        post(Staff.DEPUTY, "/deputy/cases/" + r.caseId() + "/reply", "text", "收到，马上了解情况", "requestDispatch", "true",
                "departmentIds", Long.toString(department("城管办")));
        return r.caseId();
    }

    String due() {
        return java.time.LocalDate.now().plusDays(10).toString();
    }
}
