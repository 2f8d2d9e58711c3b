package org.mashang.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.TestData;
import org.mashang.cases.CaseState;
import org.mashang.cases.LoopDriver;
import org.mashang.cases.internal.Receipt;
import org.mashang.stats.internal.DashboardData;
import org.mashang.stats.internal.StatsFilter;
import org.mashang.stats.internal.StatsQueries;
import org.mashang.stats.internal.RollUpsSettled;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The region rows (stat_region_monthly: all cases, by category, by channel, per region and month) against the cases they
 * sum, for a district of two streets of the test's own and each of its streets, before and after a step of the loop; and
 * the dashboard of the district, which reads them.
 */
@IntegrationTest
class RegionRollUpTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    StatsQueries stats;

    @Test
    void aRegionsRowsSumTheCasesOfItsStreetsThroughEachStep() throws Exception {
        try (TestData data = TestData.of(mvc)) {
            TestData.Street a = data.street().create();
            TestData.Street b = data.street().nextTo(a).create();
            a.caseIn(CaseState.EVALUATED, "区域统计：已评价的留言");
            a.caseIn(CaseState.DISPATCHED, "区域统计：办理中的留言");
            Receipt waiting = b.caseIn(CaseState.SUBMITTED, "区域统计：待审核的留言");
            RollUpsSettled.now(context); // the residents' messages are folded soon after their commit
            String district = scopeKey(a.district());
            for (String region : new String[] {district, scopeKey(a.id()), scopeKey(b.id())}) {
                assertAgree(region);
            }
            long acceptedBefore = rolledUp(district, "accepted");

            // a step of the loop in one street: the district's rows follow
            new LoopDriver(mvc, jdbc, users).post(b.reviewer(), "/review/cases/" + waiting.caseId() + "/accept",
                    "makePublic", "true", "publicText", "区域统计：待审核的留言");
            assertThat(rolledUp(district, "accepted")).isEqualTo(acceptedBefore + 1);
            assertAgree(district);
            assertAgree(scopeKey(b.id()));

            // the region's dashboard reads the region rows: the same figures as the cases
            YearMonth now = YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));
            DashboardData d = stats.dashboard(district, new StatsFilter(now.minusMonths(1), now, null, null, null, null));
            assertThat(d.totals().received()).isEqualTo(cases(district, "true")).isEqualTo(3);
            assertThat(d.totals().accepted()).isEqualTo(cases(district, "accepted_at is not null"));
            assertThat(d.totals().closed()).isEqualTo(cases(district, "closed_at is not null")).isEqualTo(1);
            assertThat(d.totals().satisfied()).isEqualTo(1);
            assertThat(d.byCategory()).hasSize(1).first().satisfies(s -> assertThat(s.received()).isEqualTo(3));
            assertThat(d.byChannel().stream().mapToLong(DashboardData.Slice::received).sum()).isEqualTo(3);
        }
    }

    /** Everywhere ('') is every street's rows summed. */
    @Test
    void everywhereIsTheSumOfEveryStreet() {
        assertThat(jdbc.sql("select coalesce(sum(received), 0) from stat_region_monthly where scope_key = '' and dim = 0")
                .query(Long.class).single())
                .isEqualTo(jdbc.sql("select coalesce(sum(received), 0) from stat_monthly where dim = 0").query(Long.class).single());
    }

    /** Received, accepted, closed and evaluated, the histogram of closing times, by category and by channel: as the cases. */
    private void assertAgree(String region) {
        assertThat(rolledUp(region, "received")).as(region).isEqualTo(cases(region, "true"));
        assertThat(rolledUp(region, "accepted")).as(region).isEqualTo(cases(region, "accepted_at is not null"));
        assertThat(rolledUp(region, "closed")).as(region).isEqualTo(cases(region, "closed_at is not null"));
        assertThat(rolledUp(region, "evaluated")).as(region).isEqualTo(cases(region, "satisfaction is not null"));
        assertThat(jdbc.sql("""
                        select coalesce(sum((select sum(x) from unnest(close_hist) x)), 0) from stat_region_monthly
                        where scope_key = :region and dim = 0""").param("region", region).query(Long.class).single())
                .as(region).isEqualTo(cases(region, "closed_at is not null"));
        assertThat(byDimension(region, 3)).as(region).isEqualTo(grouped(region, "category_id"));
        assertThat(byDimension(region, 5)).as(region).isEqualTo(grouped(region,
                "array_position(array[" + channels() + "], channel::text) - 1"));
    }

    private long rolledUp(String region, String counter) {
        return jdbc.sql("select coalesce(sum(" + counter + "), 0) from stat_region_monthly where scope_key = :region and dim = 0")
                .param("region", region).query(Long.class).single();
    }

    private long cases(String region, String where) {
        return jdbc.sql("select count(*) from cases where scope_key like :region || '%' and (" + where + ")")
                .param("region", region).query(Long.class).single();
    }

    private Map<Long, Long> byDimension(String region, int dim) {
        Map<Long, Long> out = new HashMap<>();
        jdbc.sql("""
                        select dim_id, sum(received) from stat_region_monthly where scope_key = :region and dim = :dim
                        group by dim_id having sum(received) <> 0""")
                .param("region", region).param("dim", dim).query(rs -> {
                    out.put(rs.getLong(1), rs.getLong(2));
                });
        return out;
    }

    private Map<Long, Long> grouped(String region, String key) {
        Map<Long, Long> out = new HashMap<>();
        jdbc.sql("select " + key + ", count(*) from cases where scope_key like :region || '%' group by 1").param("region", region)
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getLong(2));
                });
        return out;
    }

    private static String channels() {
        StringBuilder names = new StringBuilder();
        for (org.mashang.cases.Channel c : org.mashang.cases.Channel.values()) {
            names.append(names.isEmpty() ? "" : ", ").append('\'').append(c.name()).append('\'');
        }
        return names.toString();
    }

    private String scopeKey(long region) {
        return jdbc.sql("select path from region where id = :id").param("id", region).query(String.class).single();
    }
}
