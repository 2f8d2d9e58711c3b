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

/** Drives a case through the loop the way people do, through the web endpoints (used by other modules' tests too). */
public class LoopDriver {

    final MockMvc mvc;
    final JdbcClient jdbc;
    final UserDetailsService users;

    public LoopDriver(MockMvc mvc, JdbcClient jdbc, UserDetailsService users) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.users = users;
    }

    public long id(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            spec = spec.param(i + 1, params[i]);
        }
        return spec.query(Long.class).single();
    }

    public long department(String name) {
        return id("select id from department where name = ?", name);
    }

    public String state(long caseId) {
        return jdbc.sql("select state from cases where id = ?").param(1, caseId).query(String.class).single();
    }

    /** A resident's message through a code page; returns the receipt. */
    public Receipt submit(String path, String text, String name, String phone, boolean wantsPublic) throws Exception {
        return submit(path, text, name, phone, wantsPublic, id("select id from region where name = '万楼社区第1区块'"));
    }

    public Receipt submit(String path, String text, String name, String phone, boolean wantsPublic, Long block) throws Exception {
        return submit(path, text, name, phone, wantsPublic, block, new String[0]);
    }

    /** @param extra more form fields, name then value (an email …) */
    public Receipt submit(String path, String text, String name, String phone, boolean wantsPublic, Long block, String... extra)
            throws Exception {
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
        for (int i = 0; i < extra.length; i += 2) {
            request.param(extra[i], extra[i + 1]);
        }
        var result = mvc.perform(request).andReturn();
        return Receipts.of(result);
    }

    public ResultActions as(String username, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(csrf()).with(Staff.as(users, username)));
    }

    public ResultActions post(String username, String url, String... params) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return as(username, request);
    }

    public ResultActions resident(String url, String... params) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    public long assignment(long caseId, String department) {
        return id("select id from assignment where case_id = ? and department_name = ? order by id desc limit 1", caseId, department);
    }

    /** A new case accepted (public) and replied to by deputy wl01, with a dispatch request. */
    public long acceptedAndReplied(String text) throws Exception {
        Receipt r = submit("/d/wl01", text, null, null, true);
        post(Staff.REVIEWER, "/review/cases/" + r.caseId() + "/accept", "makePublic", "true", "publicText", text);
        post(Staff.DEPUTY, "/deputy/cases/" + r.caseId() + "/reply", "text", "收到，马上了解情况", "requestDispatch", "true",
                "departmentIds", Long.toString(department("城管办")));
        return r.caseId();
    }

    /** The query code is shown only once: tests that start mid-way give the case a known one. */
    String giveKnownCode(long caseId) throws Exception {
        String ticket = jdbc.sql("select ticket from cases where id = ?").param(1, caseId).query(String.class).single();
        String code = "87654321";
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest((ticket + ":" + code).getBytes());
        jdbc.sql("update cases set query_code_hash = ? where id = ?").param(1, java.util.HexFormat.of().formatHex(digest))
                .param(2, caseId).update();
        return code;
    }

    public String due() {
        return java.time.LocalDate.now().plusDays(10).toString();
    }
}
