package org.mashang.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.UUID;
import org.mashang.Staff;
import org.mashang.TestData;
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
        return submit(path, id("select id from category where name = '市容环境'"), text, name, phone, wantsPublic, block, extra);
    }

    /**
     * A resident's message at the page of a test street's first deputy, in its first block and its category (a test
     * street of {@link TestData}); @param extra more form fields, name then value
     */
    public Receipt submit(TestData.Street street, String text, String name, String phone, boolean wantsPublic, String... extra)
            throws Exception {
        return submit(street.deputyPage(), street.category(), text, name, phone, wantsPublic, street.block(), extra);
    }

    Receipt submit(String path, long category, String text, String name, String phone, boolean wantsPublic, Long block,
                           String... extra) throws Exception {
        var request = multipart(path).param("text", text)
                .param("categoryId", Long.toString(category))
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
        return receipt(result);
    }

    /**
     * The receipt of a submission as the resident's phone shows it: the redirect to the receipt page, opened with the
     * cookie the submission left; null when the form was refused.
     */
    public Receipt receipt(org.springframework.test.web.servlet.MvcResult submitted) throws Exception {
        jakarta.servlet.http.Cookie pass = submitted.getResponse().getCookie("mashang_pass");
        String url = submitted.getResponse().getRedirectedUrl();
        if (pass == null || url == null) {
            return null;
        }
        String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url).cookie(pass))
                .andReturn().getResponse().getContentAsString();
        if (!html.contains("id=\"query-code\"")) {
            return null;
        }
        String ticket = between(html, "id=\"ticket\">", "<");
        String code = between(html, "id=\"query-code\">", "<").replace(" ", "");
        return new Receipt(id("select id from cases where ticket = ?", ticket), ticket, code);
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start) + start.length();
        return html.substring(from, html.indexOf(end, from)).strip();
    }

    /** The cookie a device gets by typing in the ticket and query code at /track; null when they do not match. */
    public jakarta.servlet.http.Cookie trackPass(String ticket, String code) throws Exception {
        return resident("/track", "ticket", ticket, "code", code).andReturn().getResponse().getCookie("mashang_pass");
    }

    /** The tracking page as a device sees it after typing in the ticket and code (the form again when they do not match). */
    public ResultActions track(String ticket, String code) throws Exception {
        jakarta.servlet.http.Cookie pass = trackPass(ticket, code);
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/track/" + ticket);
        return mvc.perform(pass == null ? request : request.cookie(pass));
    }

    /** A resident's action on their case ({@code evaluate}) from a device that typed in the ticket and code first. */
    public ResultActions onCase(String ticket, String code, String action, String... params) throws Exception {
        jakarta.servlet.http.Cookie pass = trackPass(ticket, code);
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/track/" + ticket + "/" + action)
                .with(csrf());
        if (pass != null) {
            request.cookie(pass);
        }
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
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

    /**
     * The query code is shown only once: tests that start mid-way give the case a known one, stored as before the server
     * key (plain SHA-256), which is still accepted until the one-off re-keying at the next start.
     */
    public String giveKnownCode(long caseId) throws Exception {
        String ticket = jdbc.sql("select ticket from cases where id = ?").param(1, caseId).query(String.class).single();
        String code = "87654321";
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest((ticket + ":" + code).getBytes());
        jdbc.sql("update cases set query_code_hash = ?, query_code_keyed = false where id = ?")
                .param(1, java.util.HexFormat.of().formatHex(digest)).param(2, caseId).update();
        return code;
    }

    public String due() {
        return java.time.LocalDate.now().plusDays(10).toString();
    }
}
