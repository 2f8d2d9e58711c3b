package org.mashang.cases;

import org.mashang.TestData;
import org.mashang.cases.internal.Receipt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** {@link LoopDriver} for tests of other modules, with a few whole steps of the loop. */
public class LoopDriverAccess {

    private final LoopDriver loop;

    public LoopDriverAccess(MockMvc mvc, JdbcClient jdbc, UserDetailsService users) {
        this.loop = new LoopDriver(mvc, jdbc, users);
    }

    public long id(String sql, Object... params) {
        return loop.id(sql, params);
    }

    public Receipt submit(String path, String text) throws Exception {
        return loop.submit(path, text, null, null, true);
    }

    /** A public message at a code page of a test street (a deputy's or its station's), in the street's category, no block. */
    public Receipt submit(TestData.Street street, String path, String text) throws Exception {
        return loop.submit(path, street.category(), text, null, null, true, null);
    }

    /** A public message at a code page, in the given block. */
    public Receipt submit(String path, String text, long block) throws Exception {
        return loop.submit(path, text, null, null, true, block);
    }

    /** A due date for a dispatch, as {@link LoopDriver#due()}. */
    public String due() {
        return loop.due();
    }

    /** A resident's action on their case from a device that typed in the ticket and query code first. */
    public ResultActions onCase(String ticket, String code, String action, String... params) throws Exception {
        return loop.onCase(ticket, code, action, params);
    }

    public ResultActions post(String username, String url, String... params) throws Exception {
        return loop.post(username, url, params);
    }

    public ResultActions as(String username, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return loop.as(username, request);
    }

    public void report(long caseId, String department, String username) throws Exception {
        loop.post(username, "/department/assignments/" + loop.assignment(caseId, department) + "/report", "feedback", "已办理");
    }

    /** Evaluates as the resident, giving the case a known query code first (codes are shown only once). */
    public void evaluate(long caseId, String satisfaction) throws Exception {
        String code = loop.giveKnownCode(caseId);
        String ticket = loop.jdbc.sql("select ticket from cases where id = ?").param(1, caseId).query(String.class).single();
        loop.onCase(ticket, code, "evaluate", "satisfaction", satisfaction);
    }
}
