package org.mashang.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.TestData;
import org.mashang.cases.CaseState;
import org.mashang.stats.internal.DashboardData;
import org.mashang.stats.internal.StatsFilter;
import org.mashang.stats.internal.StatsQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The yearly rows per region (stat_region_yearly by deputy and block with their count in stat_region_year_rows,
 * stat_region_department_yearly by department and for all departments) against the street rows they sum and the cases, for a district of two streets of the test's own
 * and each of its streets, before and after cases are received and dispatched; and the district's dashboard for the
 * year, which lists its deputies, blocks and departments from them.
 */
@IntegrationTest
class RegionYearRollUpTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatsQueries stats;

    @Test
    void aRegionsYearRowsSumItsStreetsThroughEachStep() throws Exception {
        try (TestData data = TestData.of(mvc)) {
            TestData.Street a = data.street().create();
            TestData.Street b = data.street().nextTo(a).create();
            a.caseIn(CaseState.CLOSED, "区域年度统计：已办结的留言");
            b.caseIn(CaseState.DISPATCHED, "区域年度统计：办理中的留言");
            String district = scopeKey(a.district());
            List<String> regions = List.of(district, scopeKey(a.id()), scopeKey(b.id()));
            regions.forEach(this::assertAgree);
            int year = YearMonth.now(ZoneId.of("Asia/Shanghai")).getYear();
            long received = regionRow(district, 2, year, b.deputy().id(), "received");
            long dispatched = departmentRow(district, year, b.department().id(), "dispatched");
            long allDispatched = departmentRow(district, year, 0, "dispatched");

            // a case received and dispatched in one street: its deputy's and department's rows of the district follow
            b.caseIn(CaseState.DISPATCHED, "区域年度统计：又一条办理中的留言");
            assertThat(regionRow(district, 2, year, b.deputy().id(), "received")).isEqualTo(received + 1);
            assertThat(departmentRow(district, year, b.department().id(), "dispatched")).isEqualTo(dispatched + 1);
            assertThat(departmentRow(district, year, 0, "dispatched")).isEqualTo(allDispatched + 1);
            regions.forEach(this::assertAgree);

            // the district's dashboard for the whole year reads them: the same figures as the cases
            DashboardData d = stats.dashboard(district, new StatsFilter(YearMonth.of(year, 1), YearMonth.of(year, 12), null, null,
                    null, null), 1);
            assertThat(d.byDeputy()).hasSize(1);
            assertThat(d.byDeputy().get(0).id()).isEqualTo(b.deputy().id());
            assertThat(d.byDeputy().get(0).received()).isEqualTo(2);
            assertThat(d.unlisted().deputies()).isEqualTo(grouped(district, year, "coalesce(deputy_id, 0)").size() - 1).isPositive();
            assertThat(d.byBlock().get(0).received()).isEqualTo(2);
            assertThat(d.departments()).hasSize(1).first().satisfies(r -> {
                assertThat(r.id()).isEqualTo(b.department().id());
                assertThat(r.dispatched()).isEqualTo(2);
            });
            assertThat(d.unlisted().departments()).isEqualTo(1);
            assertThat(d.allDepartments().dispatched()).isEqualTo(3);
            DashboardData all = stats.dashboard(district, new StatsFilter(YearMonth.of(year, 1), YearMonth.of(year, 12), null, null,
                    null, null));
            assertThat(all.byDeputy().stream().mapToLong(DashboardData.Slice::received).sum()).isEqualTo(3);
            assertThat(all.unlisted().deputies()).isZero();
            assertThat(all.departments()).hasSize(2);
            assertThat(all.unlisted().departments()).isZero();
        }
    }

    /** Deputies and blocks as the street rows (stat_yearly) and the cases; departments as the street months, all of them as row 0. */
    private void assertAgree(String region) {
        for (int dim : new int[] {2, 4}) {
            assertThat(regionRows(region, dim)).as(region + " dim " + dim).isEqualTo(streetRows(region, dim));
            // and how many of them have a case, as kept beside them
            assertThat(pairs("""
                    select year::text, sum(rows)::text from stat_region_year_rows where scope_key = :region and dim = :dim
                    group by year having sum(rows) <> 0""", region, dim)).as(region + " rows of dim " + dim).isEqualTo(pairs("""
                    select year::text, count(*)::text from (select year, dim_id from stat_region_yearly
                        where scope_key = :region and dim = :dim and dim_id <> 0 group by year, dim_id
                        having sum(received) <> 0 or sum(closed) <> 0) r group by year""", region, dim));
        }
        int year = YearMonth.now(ZoneId.of("Asia/Shanghai")).getYear();
        Map<Long, Long> byDeputy = new HashMap<>();
        regionRows(region, 2).forEach((k, v) -> {
            if (k.startsWith(year + "/") && !v.startsWith("0/")) {
                byDeputy.put(Long.parseLong(k.substring(k.indexOf('/') + 1)), Long.parseLong(v.substring(0, v.indexOf('/'))));
            }
        });
        assertThat(byDeputy).as(region).isEqualTo(grouped(region, year, "coalesce(deputy_id, 0)"));
        assertThat(departmentRows(region, "<> 0")).as(region).isEqualTo(departmentMonths(region, "department_id"));
        assertThat(departmentRows(region, "= 0")).as(region).isEqualTo(departmentMonths(region, "0"));
    }

    private long regionRow(String region, int dim, int year, long id, String counter) {
        return jdbc.sql("select coalesce(sum(" + counter + "), 0) from stat_region_yearly where scope_key = :region and dim = :dim"
                        + " and year = :year and dim_id = :id")
                .param("region", region).param("dim", dim).param("year", year).param("id", id).query(Long.class).single();
    }

    private long departmentRow(String region, int year, long id, String counter) {
        return jdbc.sql("select coalesce(sum(" + counter + "), 0) from stat_region_department_yearly where scope_key = :region"
                        + " and year = :year and department_id = :id")
                .param("region", region).param("year", year).param("id", id).query(Long.class).single();
    }

    /** "year/id" → "received/closed" of a region's rows, slots summed. */
    private Map<String, String> regionRows(String region, int dim) {
        return pairs("""
                select year || '/' || dim_id, sum(received) || '/' || sum(closed) from stat_region_yearly
                where scope_key = :region and dim = :dim group by year, dim_id""", region, dim);
    }

    private Map<String, String> streetRows(String region, int dim) {
        return pairs("""
                select year || '/' || dim_id, sum(received) || '/' || sum(closed) from stat_yearly
                where scope_key like :region || '%' and dim = :dim group by year, dim_id""", region, dim);
    }

    private Map<String, String> departmentRows(String region, String which) {
        return pairs("""
                select year || '/' || department_id, sum(dispatched) || '/' || sum(reported) || '/' || sum(done) || '/' || sum(done_on_time)
                from stat_region_department_yearly where scope_key = :region and department_id\s""" + which
                + " and :dim = :dim group by year, department_id", region, 0);
    }

    private Map<String, String> departmentMonths(String region, String key) {
        return pairs("select extract(year from month) || '/' || " + key + """
                , sum(dispatched) || '/' || sum(reported) || '/' || sum(done) || '/' || sum(done_on_time)
                from stat_department_monthly where scope_key like :region || '%' and :dim = :dim group by 1""", region, 0);
    }

    private Map<String, String> pairs(String sql, String region, int dim) {
        Map<String, String> out = new HashMap<>();
        jdbc.sql(sql).param("region", region).param("dim", dim).query(rs -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }

    /** Cases of the region received in the year, counted per key. */
    private Map<Long, Long> grouped(String region, int year, String key) {
        Map<Long, Long> out = new HashMap<>();
        jdbc.sql("select " + key + ", count(*) from stat_case where scope_key like :region || '%'"
                        + " and extract(year from submitted_at at time zone 'Asia/Shanghai') = :year group by 1")
                .param("region", region).param("year", year).query(rs -> {
                    out.put(rs.getLong(1), rs.getLong(2));
                });
        return out;
    }

    private String scopeKey(long region) {
        return jdbc.sql("select path from region where id = :id").param("id", region).query(String.class).single();
    }
}
