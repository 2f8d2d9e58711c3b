package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerClassData;
import org.mashang.cases.internal.Receipt;
import org.mashang.platform.Zones;
import org.mashang.stats.internal.PublicStats;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** 回访: staff record by phone the evaluation of a resident who cannot evaluate online, marked and counted apart. */
@IntegrationTest
class FollowUpTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PublicStats stats;

    @RegisterExtension
    static final PerClassData data = new PerClassData();

    LoopDriver loop;

    static String reviewer() {
        return data.street().reviewer();
    }

    static String deputy() {
        return data.street().deputy().username();
    }

    @BeforeEach
    void driver() {
        loop = new LoopDriver(mvc, jdbc, users);
    }

    long resolved(String text) throws Exception {
        return resolvedReceipt(text).caseId();
    }

    Receipt resolvedReceipt(String text) throws Exception {
        Receipt r = loop.submit(data.street(), text, null, null, true);
        long id = r.caseId();
        loop.post(reviewer(), "/review/cases/" + id + "/accept", "makePublic", "true", "publicText", text);
        loop.post(deputy(), "/deputy/cases/" + id + "/reply", "text", "我联系物业");
        loop.post(deputy(), "/deputy/cases/" + id + "/resolve", "text", "已协调物业处理完毕").andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("RESOLVED");
        return r;
    }

    @Test
    void aReviewerRecordsTheEvaluationTakenOnThePhoneMarkedOnTheTimelineAndCountedApart() throws Exception {
        int year = LocalDate.now(Zones.CHINA).getYear();
        long before = stats.year(year, null).followedUp();
        Receipt r = resolvedReceipt("老人不会用手机评价：楼道灯坏了三个月");
        long id = r.caseId();

        loop.as(reviewer(), get("/review")).andExpect(content().string(containsString("待群众评价")));
        loop.as(reviewer(), get("/review/cases/" + id)).andExpect(content().string(containsString("id=\"follow-up\"")));
        loop.post(reviewer(), "/review/cases/" + id + "/follow-up", "satisfaction", "SATISFIED", "note", "张大爷说灯已经亮了")
                .andExpect(status().is3xxRedirection());

        assertThat(loop.state(id)).isEqualTo("EVALUATED");
        assertThat(jdbc.sql("select satisfaction from cases where id = ?").param(1, id).query(String.class).single())
                .isEqualTo("SATISFIED");
        var shown = jdbc.sql("select body from case_event where case_id = ? and type = 'FOLLOW_UP' and public")
                .param(1, id).query(String.class).list();
        assertThat(shown).containsExactly("工作人员电话回访，群众评价：满意");
        var internal = jdbc.sql("select body from case_event where case_id = ? and type = 'FOLLOW_UP' and not public")
                .param(1, id).query(String.class).list();
        assertThat(internal).containsExactly("回访记录（不公开）：张大爷说灯已经亮了");
        // the resident's page names the step (it showed "??event.FOLLOW_UP_zh_CN??")
        loop.track(r.ticket(), r.queryCode()).andExpect(content().string(containsString("电话回访评价")))
                .andExpect(content().string(containsString("工作人员电话回访，群众评价：满意")))
                .andExpect(content().string(not(containsString("??"))));
        assertThat(jdbc.sql("select follow_up from stat_case where case_id = ?").param(1, id).query(Boolean.class).single()).isTrue();
        assertThat(stats.year(year, null).followedUp()).isEqualTo(before + 1);
        // the resident's own evaluation is not counted as a follow-up
        assertThat(jdbc.sql("select count(*) from case_event where case_id = ? and type = 'EVALUATED'").param(1, id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void unsatisfiedOnThePhoneReopensTheCaseAndBadInputIsRefused() throws Exception {
        long id = resolved("老人不会用手机评价：下水道堵了");
        loop.post(reviewer(), "/review/cases/" + id + "/follow-up").andExpect(status().isBadRequest());
        loop.post(reviewer(), "/review/cases/" + id + "/follow-up", "satisfaction", "NONSENSE").andExpect(status().isBadRequest());
        loop.post(deputy(), "/review/cases/" + id + "/follow-up", "satisfaction", "SATISFIED").andExpect(status().isForbidden());
        loop.post(reviewer(), "/review/cases/" + id + "/follow-up", "satisfaction", "UNSATISFIED")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("REOPENED");
        // not awaiting an evaluation any more: refused
        loop.post(reviewer(), "/review/cases/" + id + "/follow-up", "satisfaction", "SATISFIED").andExpect(status().isConflict());
    }
}
