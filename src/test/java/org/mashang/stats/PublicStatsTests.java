package org.mashang.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.Staff;
import org.mashang.TestData.Street;
import org.mashang.stats.internal.PublicFigures;
import org.mashang.stats.internal.PublicStats;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public yearly figures against counts taken directly from the receptions', activities' and cases' own tables; the
 * reception and forum recorded here are at a station of the test's own street.
 */
@IntegrationTest
class PublicStatsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PublicStats stats;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theYearsFiguresAreComputedFromTheRecords() throws Exception {
        Street street = data.street().deputies(2).create();
        long station = street.station();
        long first = street.deputies().get(0).id();
        long second = street.deputies().get(1).id();
        // a reception on some past day of this year, with a reason in case it is not a reception day
        LocalDate day = LocalDate.now().minusDays(1);
        int status = 0;
        for (int back = 1; back < 200 && status != 302; back++) {
            day = LocalDate.now().minusDays(back);
            if (day.getYear() != LocalDate.now().getYear()) {
                break;
            }
            status = mvc.perform(post("/receptions/stations/" + station + "/record").with(csrf()).with(Staff.as(users, street.reviewer()))
                    .param("day", day.toString()).param("residentsReceived", "7").param("deputyIds", "" + first)
                    .param("deputyIds", "" + second).param("extraReason", "统计测试补录")).andReturn().getResponse().getStatus();
        }
        assertThat(status).as("a reception was recorded").isEqualTo(302);
        int year = day.getYear();
        mvc.perform(multipart("/activities").with(csrf()).with(Staff.as(users, street.reviewer())).param("stationId", "" + station)
                        .param("kind", "FORUM").param("day", day.toString()).param("topic", "统计测试恳谈会").param("place", "万楼社区会议室")
                        .param("attendance", "38").param("summary", "群众反映欠薪，代表协调追回").param("deputyIds", "" + first)
                        .param("outcomes[0].indicator", "MONEY_RECOVERED").param("outcomes[0].amount", "15000"))
                .andExpect(status().is3xxRedirection());

        PublicFigures f = stats.year(year, null);
        String inYear = "extract(year from day) = " + year;
        assertThat(f.residentsReceived()).isEqualTo(id("select coalesce(sum(residents_received), 0) from reception where " + inYear))
                .isGreaterThanOrEqualTo(7);
        assertThat(f.receptions()).isEqualTo(id("select count(*) from reception where " + inYear));
        assertThat(f.deputiesWhoReceived()).isEqualTo(id(
                "select count(distinct d.deputy_id) from reception_deputy d join reception r on r.id = d.reception_id where " + inYear));
        assertThat(f.forums()).isEqualTo(id("select count(*) from activity where kind = 'FORUM' and " + inYear)).isPositive();
        assertThat(f.forumAttendance()).isEqualTo(id("select coalesce(sum(attendance), 0) from activity where kind = 'FORUM' and "
                + inYear));
        BigDecimal money = jdbc.sql("select coalesce(sum(o.amount), 0) from activity_outcome o join activity a on a.id = o.activity_id "
                + "where o.indicator = '挽回经济损失' and o.unit = '元' and extract(year from a.day) = " + year).query(BigDecimal.class).single()
                .add(jdbc.sql("select coalesce(sum(amount), 0) from case_outcome where indicator = '挽回经济损失' and unit = '元' "
                        + "and extract(year from recorded_at at time zone 'Asia/Shanghai') = " + year).query(BigDecimal.class).single());
        assertThat(f.moneyRecovered()).isEqualByComparingTo(money).isGreaterThanOrEqualTo(new BigDecimal("15000"));
        String caseYear = "extract(year from %s at time zone 'Asia/Shanghai') = " + year;
        assertThat(f.messagesReceived()).isEqualTo(id("select count(*) from cases where " + caseYear.formatted("submitted_at")));
        assertThat(f.issuesSolved()).isEqualTo(id("select count(*) from cases where closed_at is not null and "
                + caseYear.formatted("closed_at")));
        assertThat(stats.year(year, station).issuesSolved()).as("one station's").isEqualTo(id(
                "select count(*) from cases where closed_at is not null and station_id = " + station + " and "
                + caseYear.formatted("closed_at")));

        mvc.perform(get("/stats").param("year", "" + year)).andExpect(status().isOk())
                .andExpect(content().string(containsString(f.residentsReceived() + " 人次")))
                .andExpect(content().string(containsString(f.moneyRecoveredText() + " 元")))
                .andExpect(content().string(containsString("民情恳谈会")));
        mvc.perform(get("/stats").param("station", "" + station)).andExpect(status().isOk());
    }

    @Test
    void badRequestsAreRefused() throws Exception {
        mvc.perform(get("/stats").param("year", "1999")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("年份不正确")));
        mvc.perform(get("/stats").param("station", "999999")).andExpect(status().isNotFound());
        mvc.perform(get("/stats").param("year", "abc")).andExpect(status().isBadRequest());
    }
}
