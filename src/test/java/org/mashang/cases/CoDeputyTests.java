package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Joint deputies (联名代表): the responsible deputy invites deputies of other levels; they see the case in their workbench
 * and record, the timeline names them, and only the responsible deputy acts on the case.
 */
@IntegrationTest
class CoDeputyTests {

    /** wl03 is a city deputy, wl07 a district one; daibiao01 (wl01, provincial) is responsible. */
    static final String CITY_DEPUTY = "daibiao03";

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

    @Test
    void coDeputiesOfOtherLevelsJoinSeeTheCaseAndLeaveTheReplyToTheResponsibleDeputy() throws Exception {
        long id = loop.acceptedAndReplied("片区没有公办幼儿园");
        String ticket = jdbc.sql("select ticket from cases where id = ?").param(1, id).query(String.class).single();
        String code = loop.giveKnownCode(id);
        String url = "/deputy/cases/" + id + "/co-deputies";
        long joinedBefore = joinedThisYear(CITY_DEPUTY);

        loop.as(CITY_DEPUTY, get("/deputy/cases/" + id)).andExpect(status().isNotFound());
        loop.post(CITY_DEPUTY, url, "code", "wl03").andExpect(status().isNotFound());
        loop.post(Staff.DEPUTY, url, "code", "nobody").andExpect(status().isBadRequest());
        loop.post(Staff.DEPUTY, url, "code", "wl01").andExpect(status().isBadRequest());
        loop.post(Staff.DEPUTY, url, "code", "wl99").andExpect(status().isBadRequest());
        loop.post(Staff.DEPUTY, url, "code", "wl03").andExpect(status().is3xxRedirection());
        loop.post(Staff.DEPUTY, url, "code", " wl07 ").andExpect(status().is3xxRedirection());
        loop.post(Staff.DEPUTY, url, "code", "wl03").andExpect(status().isBadRequest());

        // the co-deputy sees it in the workbench and on the case page, and cannot act on it
        assertThat(page(CITY_DEPUTY, "/deputy")).contains(ticket);
        assertThat(page(CITY_DEPUTY, "/deputy/cases/" + id)).contains("联名代表", "这条留言由其他代表负责办理");
        loop.post(CITY_DEPUTY, url, "code", "wl05").andExpect(status().isForbidden());
        loop.post(CITY_DEPUTY, "/deputy/cases/" + id + "/request-dispatch").andExpect(status().isForbidden());
        assertThat(page("daibiao07", "/deputy")).contains(ticket);
        assertThat(page("daibiao02", "/deputy")).doesNotContain(ticket);
        assertThat(joinedThisYear(CITY_DEPUTY)).isEqualTo(joinedBefore + 1);

        // dispatched, fed back: only the responsible deputy replies to the resident
        loop.post(Staff.DISPATCHER, "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + loop.department("城管办"),
                "dueDate", loop.due());
        loop.post("chengguan", "/department/assignments/" + loop.assignment(id, "城管办") + "/report", "feedback", "已协调");
        loop.post(CITY_DEPUTY, "/deputy/cases/" + id + "/reply-to-resident", "text", "x").andExpect(status().isForbidden());
        loop.post(Staff.DEPUTY, "/deputy/cases/" + id + "/reply-to-resident", "text", "已列入计划").andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("CLOSED");
        loop.post(Staff.DEPUTY, url, "code", "wl05").andExpect(status().isConflict());

        String name = jdbc.sql("select name from deputy where code = 'wl03'").query(String.class).single();
        assertThat(loop.track(ticket, code).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("市人大代表" + name + "联名督办");
    }

    long joinedThisYear(String deputy) throws Exception {
        Matcher m = Pattern.compile("id=\"cases-joint\">(\\d+) 件").matcher(page(deputy, "/deputy/record"));
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    String page(String user, String url) throws Exception {
        return loop.as(user, get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
