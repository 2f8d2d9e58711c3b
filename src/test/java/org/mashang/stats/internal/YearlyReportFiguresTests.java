package org.mashang.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.TestData;
import org.mashang.cases.CaseState;
import org.mashang.directory.Directory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The yearly report's figures are the dashboard's for the year, less the tables the report does not print — the open
 * cases by age above all (a count of the region's open cases, the report's slowest statement at a province's size).
 */
@IntegrationTest
class YearlyReportFiguresTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    StatsQueries stats;
    @Autowired
    Directory directory;

    @Test
    void theReportHasTheDashboardsPrintedFiguresAndReadsNoOthers() throws Exception {
        try (TestData data = TestData.of(mvc)) {
            TestData.Street street = data.street().departments("城管办").create();
            street.caseIn(CaseState.CLOSED, "路灯不亮了");
            street.caseIn(CaseState.ACCEPTED, "井盖松动");
            int year = LocalDate.now(org.mashang.platform.Zones.CHINA).getYear();
            StatsFilter filter = new StatsFilter(YearMonth.of(year, 1), YearMonth.of(year, 12), street.id(), null, null, null);
            String scope = directory.scopeKey(street.id());

            DashboardData dashboard = stats.dashboard(scope, filter, 200);
            DashboardData report = stats.report(scope, filter, 200);
            assertThat(dashboard.backlog()).as("the dashboard counts the open case by age").isNotEmpty();
            assertThat(dashboard.openCases()).isEqualTo(1);

            assertThat(report.totals()).usingRecursiveComparison().isEqualTo(dashboard.totals());
            assertThat(report.totals().received()).isEqualTo(2);
            assertThat(report.months()).isEqualTo(dashboard.months());
            assertThat(report.byCategory()).isEqualTo(dashboard.byCategory());
            assertThat(report.byDeputy()).isEqualTo(dashboard.byDeputy());
            assertThat(report.departments()).isEqualTo(dashboard.departments());
            assertThat(report.allDepartments()).isEqualTo(dashboard.allDepartments());
            assertThat(report.proposals()).isEqualTo(dashboard.proposals());
            assertThat(report.unlisted().deputies()).isEqualTo(dashboard.unlisted().deputies());
            assertThat(report.backlog()).as("not read for the report").isEmpty();
            assertThat(report.byBlock()).isEmpty();
            assertThat(report.byStation()).isEmpty();
            assertThat(report.byChannel()).isEmpty();
        }
    }
}
