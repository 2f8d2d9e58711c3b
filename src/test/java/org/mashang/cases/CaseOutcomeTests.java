package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerClassData;
import org.mashang.platform.Indicator;
import org.mashang.platform.Outcome;
import org.mashang.platform.Zones;
import org.mashang.receptions.DeputyRecords;
import org.mashang.stats.internal.PublicStats;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Outcomes on a case: recorded by the deputy with the final reply, shown on the case, counted in /stats and the record. */
@IntegrationTest
class CaseOutcomeTests {

    static final int MONEY = Indicator.MONEY_RECOVERED.ordinal();
    static final int PEOPLE = Indicator.PEOPLE_HELPED.ordinal();
    static final int FREE = Indicator.values().length;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PublicStats stats;

    @Autowired
    DeputyRecords records;

    @RegisterExtension
    static final PerClassData data = new PerClassData();

    LoopDriver loop;

    static String deputy() {
        return data.street().deputy().username();
    }

    @BeforeEach
    void driver() {
        loop = new LoopDriver(mvc, jdbc, users);
    }

    BigDecimal money(java.util.List<Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.indicator().equals("挽回经济损失") && o.unit().equals("元")).map(Outcome::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void theFinalReplyRecordsOutcomesShownOnTheCaseAndCountedInStatsAndTheDeputysRecord() throws Exception {
        int year = LocalDate.now(Zones.CHINA).getYear();
        long deputyId = data.street().deputy().id();
        BigDecimal statsBefore = stats.year(year, null).moneyRecovered();
        BigDecimal recordBefore = money(records.of(deputyId, year).outcomes());

        long id = data.street().caseIn(CaseState.FEEDBACK_RECEIVED, "1448 户农户的土地流转款被拖欠").caseId();
        loop.as(deputy(), get("/deputy/cases/" + id)).andExpect(content().string(containsString("办理成效")));

        // a bad line is refused and nothing is recorded
        loop.post(deputy(), "/deputy/cases/" + id + "/reply-to-resident", "text", "款项已追回",
                "outcomes[" + MONEY + "].amount", "很多").andExpect(status().isBadRequest());
        assertThat(loop.state(id)).isEqualTo("FEEDBACK_RECEIVED");

        loop.post(deputy(), "/deputy/cases/" + id + "/reply-to-resident", "text", "款项已全部追回，请您评价",
                "outcomes[" + MONEY + "].amount", "18870000", "outcomes[" + PEOPLE + "].amount", "1448",
                "outcomes[" + FREE + "].name", "签订协议", "outcomes[" + FREE + "].amount", "3", "outcomes[" + FREE + "].unit", "份")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("CLOSED");

        var outcomes = jdbc.sql("select body from case_event where case_id = ? and type = 'OUTCOMES' and public").param(1, id)
                .query(String.class).list();
        assertThat(outcomes).containsExactly("挽回经济损失 18870000 元、帮助群众 1448 人、签订协议 3 份");
        // on the case's public page, named (it showed "??event.OUTCOMES_zh_CN??")
        String ticket = jdbc.sql("select ticket from cases where id = ?").param(1, id).query(String.class).single();
        loop.as(deputy(), get("/cases/" + ticket)).andExpect(content().string(containsString("办理成效")))
                .andExpect(content().string(containsString("挽回经济损失 18870000 元")))
                .andExpect(content().string(not(containsString("??"))));
        // the resident is notified of the reply, not of the figures
        assertThat(jdbc.sql("select body from case_event where case_id = ? order by seq desc limit 1 offset 1").param(1, id)
                .query(String.class).single()).isEqualTo("款项已全部追回，请您评价");

        assertThat(stats.year(year, null).moneyRecovered()).isEqualByComparingTo(statsBefore.add(new BigDecimal("18870000")));
        assertThat(stats.year(year, null).outcomes()).anySatisfy(o -> {
            assertThat(o.indicator()).isEqualTo("签订协议");
            assertThat(o.amount()).isGreaterThanOrEqualTo(new BigDecimal("3"));
        });
        var record = records.of(deputyId, year).outcomes();
        assertThat(money(record)).isEqualByComparingTo(recordBefore.add(new BigDecimal("18870000")));
        assertThat(record).extracting(Outcome::indicator).startsWith("挽回经济损失", "帮助群众");
    }

    @Test
    void aReopenedCaseAnsweredAgainReplacesItsOutcomes() throws Exception {
        int year = LocalDate.now(Zones.CHINA).getYear();
        var r = loop.submit(data.street(), "小区门口路灯坏了", null, null, true);
        long id = r.caseId();
        loop.post(data.street().reviewer(), "/review/cases/" + id + "/accept", "makePublic", "true", "publicText", "小区门口路灯坏了");
        loop.post(deputy(), "/deputy/cases/" + id + "/reply", "text", "我联系物业");
        loop.post(deputy(), "/deputy/cases/" + id + "/resolve", "text", "已装好", "outcomes[" + Indicator.LAMPS_INSTALLED.ordinal()
                + "].amount", "2").andExpect(status().is3xxRedirection());
        BigDecimal lamps = lamps(year);
        loop.onCase(r.ticket(), r.queryCode(), "evaluate", "satisfaction", "UNSATISFIED").andExpect(status().is3xxRedirection());
        loop.post(deputy(), "/deputy/cases/" + id + "/reply", "text", "再次检修");
        loop.post(deputy(), "/deputy/cases/" + id + "/resolve", "text", "全部换新", "outcomes[" + Indicator.LAMPS_INSTALLED.ordinal()
                + "].amount", "5").andExpect(status().is3xxRedirection());
        assertThat(lamps(year)).isEqualByComparingTo(lamps.add(new BigDecimal("3")));
        assertThat(jdbc.sql("select sum(amount) from case_outcome where case_id = ?").param(1, id).query(BigDecimal.class).single())
                .isEqualByComparingTo("5");
    }

    BigDecimal lamps(int year) {
        return stats.year(year, null).outcomes().stream().filter(o -> o.indicator().equals("安装路灯"))
                .map(o -> o.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
