package org.mashang.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestData;
import org.mashang.TestData.Street;
import org.mashang.cases.CaseState;
import org.mashang.cases.internal.Receipt;
import org.mashang.stats.internal.DashboardData;
import org.mashang.stats.internal.StatsFilter;
import org.mashang.stats.internal.StatsQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's figures, kept up to date by events, against counts taken directly from the case tables
 * (the source of truth) for the same street and period; on a street of each test's own (two deputies, the offices
 * 城管办, 执法中队 and 综治办) with a neighbouring street in its district.
 */
@IntegrationTest
class DashboardTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    StatsQueries stats;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    org.mashang.cases.LoopDriverAccess loop;
    Street own;
    long street;
    /** The district's administrator, who sees both streets. */
    String admin;
    String period = "submitted_at >= '2021-01-01' and submitted_at < '2031-01-01'";

    @BeforeEach
    void someCases() throws Exception {
        loop = new org.mashang.cases.LoopDriverAccess(mvc, jdbc, users);
        own = data.street().deputies(2).departments("城管办", "执法中队", "综治办").create();
        data.street().nextTo(own).create();
        street = own.id();
        admin = own.districtAdmin();
        String deputy = own.deputy().username();
        // a rejected one, a satisfied one through two departments, one unsatisfied, reopened, answered again
        Receipt rejected = loop.submit("/d/" + own.deputies().get(1).code(), "统计：不予受理的留言", own.block());
        loop.post(own.reviewer(), "/review/cases/" + rejected.caseId() + "/reject", "reason", "重复留言");
        long satisfied = dispatchedTo("统计：满意的留言", 0, 1);
        report(satisfied, 0);
        report(satisfied, 1);
        loop.post(deputy, "/deputy/cases/" + satisfied + "/reply-to-resident", "text", "已办结");
        loop.evaluate(satisfied, "SATISFIED");
        long unhappy = dispatchedTo("统计：不满意后重办的留言", 2);
        report(unhappy, 2);
        loop.post(deputy, "/deputy/cases/" + unhappy + "/reply-to-resident", "text", "已处理");
        loop.evaluate(unhappy, "UNSATISFIED");
        loop.post(deputy, "/deputy/cases/" + unhappy + "/reply", "text", "重新处理");
        loop.post(deputy, "/deputy/cases/" + unhappy + "/resolve", "text", "彻底解决");
        loop.evaluate(unhappy, "BASICALLY_SATISFIED");
    }

    /** A new case of the street's first deputy, accepted, replied to and dispatched to its offices of these numbers. */
    long dispatchedTo(String text, int... offices) throws Exception {
        long id = own.caseIn(CaseState.DISPATCH_REQUESTED, text).caseId();
        var params = new java.util.ArrayList<String>();
        for (int office : offices) {
            params.addAll(List.of("departmentIds", Long.toString(own.departments().get(office).id())));
        }
        params.addAll(List.of("dueDate", loop.due()));
        loop.post(own.dispatcher(), "/dispatch/cases/" + id + "/dispatch", params.toArray(String[]::new));
        return id;
    }

    void report(long caseId, int office) throws Exception {
        TestData.Person department = own.departments().get(office);
        loop.report(caseId, department.name(), department.username());
    }

    long count(String where) {
        return jdbc.sql("select count(*) from cases where street_id = :street and " + period + " and (" + where + ")")
                .param("street", street).query(Long.class).single();
    }

    @Test
    void theDashboardMatchesCountsTakenFromTheCases() {
        DashboardData d = stats.dashboard(stats.scope(users(admin), street),
                new StatsFilter(YearMonth.of(2021, 1), YearMonth.of(2030, 12), street, null, null, null));
        var t = d.totals();
        assertThat(t.received()).isEqualTo(count("true")).isGreaterThanOrEqualTo(3);
        assertThat(t.accepted()).isEqualTo(count("accepted_at is not null"));
        assertThat(t.rejected()).isEqualTo(count("state = 'REJECTED'"));
        assertThat(t.closed()).isEqualTo(count("closed_at is not null"));
        assertThat(t.evaluated()).isEqualTo(count("satisfaction is not null"));
        assertThat(t.satisfied()).isEqualTo(count("satisfaction = 'SATISFIED'"));
        assertThat(t.basicallySatisfied()).isEqualTo(count("satisfaction = 'BASICALLY_SATISFIED'"));
        assertThat(t.unsatisfied()).isEqualTo(count("satisfaction = 'UNSATISFIED'"));
        assertThat(t.reopened()).isEqualTo(count("reopen_count > 0"));
        assertThat(d.openCases()).isEqualTo(count(
                "state not in ('REJECTED', 'MERGED', 'CLOSED', 'RESOLVED', 'PROPOSAL_ANSWERED', 'EVALUATED')"));
        assertThat(t.escalations()).isEqualTo(jdbc.sql("select count(*) from case_event e join cases c on c.id = e.case_id "
                + "where e.type = 'ESCALATED' and c.street_id = :street and c." + period).param("street", street).query(Long.class).single());
        assertThat(t.firstReplies()).isEqualTo(stages("FIRST_REPLY", "true"));
        assertThat(t.firstReplyOnTime()).isEqualTo(stages("FIRST_REPLY", "s.completed_at < s.due_at"));
        assertThat(t.reviewDone()).isEqualTo(stages("REVIEW", "true"));
        assertThat(t.reviewOnTime()).isEqualTo(stages("REVIEW", "s.completed_at < s.due_at"));
        assertThat(t.residentReplyDone()).isEqualTo(stages("RESIDENT_REPLY", "true"));

        assertThat(sum(d.months())).isEqualTo(t.received());
        assertThat(bySlice(d.byCategory())).isEqualTo(grouped("category_id"));
        assertThat(bySlice(d.byDeputy())).isEqualTo(grouped("coalesce(deputy_id, 0)"));
        assertThat(d.byChannel().stream().mapToLong(DashboardData.Slice::received).sum()).isEqualTo(t.received());

        Map<Long, Long> dispatched = new HashMap<>();
        jdbc.sql("select a.department_id, count(*) from assignment a join cases c on c.id = a.case_id where c.street_id = :street and c."
                + period + " group by 1").param("street", street).query(rs -> {
                    dispatched.put(rs.getLong(1), rs.getLong(2));
                });
        Map<Long, Long> fromDashboard = new HashMap<>();
        d.departments().forEach(r -> fromDashboard.put(r.id(), r.dispatched()));
        assertThat(fromDashboard).isEqualTo(dispatched);
        assertThat(t.p90FirstReplyHours()).isNotNull();
    }

    /** Every duration counted lands in one bucket of its histogram, in every row of the roll-up (inserted or added to). */
    @Test
    void theHistogramsHoldOneDurationPerClosedCaseAndFirstReply() {
        jdbc.sql("""
                        select dim, dim_id, month, sum(closed) closed, sum(first_replies) first_replies,
                               sum((select sum(x) from unnest(close_hist) x)) close_hist,
                               sum((select sum(x) from unnest(first_reply_hist) x)) first_reply_hist
                        from stat_monthly where street_id = :street group by dim, dim_id, month""")
                .param("street", street).query(rs -> {
                    assertThat(rs.getLong("close_hist")).isEqualTo(rs.getLong("closed"));
                    assertThat(rs.getLong("first_reply_hist")).isEqualTo(rs.getLong("first_replies"));
                });
        assertThat(jdbc.sql("select sum(closed) from stat_monthly where street_id = :street and dim = 0").param("street", street)
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void breakdownsAgreeWhetherThePeriodIsWholeYearsPartOfAYearOrBothAndEdges() {
        // whole years come from the yearly roll-up, the months around them from the monthly one
        YearMonth now = YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));
        for (YearMonth[] p : new YearMonth[][] {{now, now}, {now.minusMonths(14), now.plusMonths(13)},
                {YearMonth.of(now.getYear(), 1), YearMonth.of(now.getYear(), 12)}, {now.plusMonths(1), now.plusMonths(30)}}) {
            DashboardData d = stats.dashboard(stats.scope(users(admin), street), new StatsFilter(p[0], p[1], street, null, null, null));
            String within = "submitted_at >= '" + p[0].atDay(1) + "'::date at time zone 'Asia/Shanghai' and submitted_at < '"
                    + p[1].plusMonths(1).atDay(1) + "'::date at time zone 'Asia/Shanghai'";
            assertThat(bySlice(d.byCategory())).as("%s … %s", p[0], p[1]).isEqualTo(grouped("category_id", within));
            assertThat(bySlice(d.byDeputy())).as("%s … %s", p[0], p[1]).isEqualTo(grouped("coalesce(deputy_id, 0)", within));
            assertThat(d.byStation().stream().mapToLong(DashboardData.Slice::closed).sum())
                    .isEqualTo(count(within + " and closed_at is not null"));
        }
    }

    @Test
    void aDeputyFilterCountsThatDeputysCasesOnly() {
        long deputy = own.deputy().id();
        DashboardData d = stats.dashboard(stats.scope(users(admin), street),
                new StatsFilter(YearMonth.of(2021, 1), YearMonth.of(2030, 12), street, null, deputy, null));
        assertThat(d.totals().received()).isEqualTo(count("deputy_id = " + deputy));
        assertThat(d.totals().closed()).isEqualTo(count("deputy_id = " + deputy + " and closed_at is not null"));
        assertThat(bySlice(d.byCategory())).isEqualTo(grouped("category_id", "deputy_id = " + deputy));
    }

    @Test
    void thePageShowsTheFiguresAndChartsAndExportsOpenInASpreadsheet() throws Exception {
        String query = "?from=2021-01&to=2030-12&street=" + street;
        loop.as(admin, get("/dashboard" + query)).andExpect(status().isOk())
                .andExpect(content().string(containsString("按月收到与办结")))
                .andExpect(content().string(containsString("echarts.min-"))) // the webjar under its hashed name
                .andExpect(content().string(containsString("城管办")));
        byte[] xlsx = loop.as(own.reviewer(), get("/dashboard/export/cases.xlsx" + query)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("受理编号");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) count("true"));
        }
        byte[] months = loop.as(own.dispatcher(), get("/dashboard/export/months.xlsx" + query)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(months))) {
            var sheet = book.getSheetAt(0);
            long received = 0;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                received += (long) sheet.getRow(i).getCell(1).getNumericCellValue();
            }
            assertThat(received).isEqualTo(count("true"));
        }
        loop.as(admin, get("/dashboard/export/nosuch.xlsx")).andExpect(status().isNotFound());
        loop.as(admin, get("/dashboard/report?year=2026&street=" + street)).andExpect(status().isOk())
                .andExpect(content().string(containsString("年度“码上找代表”工作报告")));
    }

    @Test
    void badFiltersAreRefusedClearly() throws Exception {
        loop.as(admin, get("/dashboard?from=2026-12&to=2026-01")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("开始月份不能晚于结束月份")));
        loop.as(admin, get("/dashboard?from=2026-13")).andExpect(status().isBadRequest());
        loop.as(admin, get("/dashboard?from=2000-01&to=2026-01")).andExpect(status().isBadRequest());
        loop.as(admin, get("/dashboard/report?year=1800")).andExpect(status().isBadRequest());
        loop.as(admin, get("/dashboard?street=abc")).andExpect(status().isBadRequest());
    }

    @Test
    void streetStaffCannotReportOnAnotherStreet() throws Exception {
        long other = loop.id("select id from region where parent_id = ? and id <> ? and level = 'STREET'", own.district(), street);
        loop.as(own.reviewer(), get("/dashboard?street=" + other)).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("本辖区")));
        loop.as(admin, get("/dashboard?street=" + other)).andExpect(status().isOk());
    }

    private org.mashang.accounts.StaffUser users(String username) {
        return (org.mashang.accounts.StaffUser) users.loadUserByUsername(username);
    }

    private long stages(String stage, String where) {
        return jdbc.sql("select count(*) from case_stage s join cases c on c.id = s.case_id where s.stage = :stage and "
                        + "s.completed_at is not null and c.street_id = :street and c." + period + " and (" + where + ")")
                .param("stage", stage).param("street", street).query(Long.class).single();
    }

    private static long sum(java.util.List<DashboardData.Month> months) {
        return months.stream().mapToLong(DashboardData.Month::received).sum();
    }

    private static Map<Long, Long> bySlice(java.util.List<DashboardData.Slice> slices) {
        Map<Long, Long> out = new HashMap<>();
        slices.stream().filter(s -> s.received() != 0).forEach(s -> out.put(s.id(), s.received()));
        return out;
    }

    private Map<Long, Long> grouped(String column) {
        return grouped(column, "true");
    }

    private Map<Long, Long> grouped(String column, String where) {
        Map<Long, Long> out = new HashMap<>();
        jdbc.sql("select " + column + ", count(*) from cases where street_id = :street and " + period + " and (" + where + ") group by 1")
                .param("street", street).query(rs -> {
                    out.put(rs.getLong(1), rs.getLong(2));
                });
        return out;
    }
}
