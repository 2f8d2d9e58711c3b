package org.mashang.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.function.Function;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestData.Person;
import org.mashang.TestData.Street;
import org.mashang.cases.CaseState;
import org.mashang.platform.Zones;
import org.mashang.stats.internal.DeputyLeague;
import org.mashang.stats.internal.League;
import org.mashang.stats.internal.LeagueSort;
import org.mashang.stats.internal.LeagueRows;
import org.mashang.stats.internal.ProposalFigures;
import org.mashang.stats.internal.ProposalStats;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public league tables and the proposals' figures against counts taken directly from the records. Each test's year
 * has the work of a street of its own: five deputies and a former one, 城管办 and 综治办, its district's 教育局; a case
 * evaluated as satisfied, one returned by 综治办, a proposal led by the first deputy and assigned to 教育局.
 */
@IntegrationTest
class LeagueTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    League league;

    @Autowired
    DeputyLeague deputyLeague;

    @Autowired
    org.mashang.directory.Directory directory;

    @Autowired
    ProposalStats proposalStats;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    org.mashang.cases.LoopDriverAccess loop;
    Street street;
    int year;
    String inYear;

    @BeforeEach
    void someWork() throws Exception {
        loop = new org.mashang.cases.LoopDriverAccess(mvc, jdbc, users);
        year = LocalDate.now(Zones.CHINA).getYear();
        ZonedDateTime start = LocalDate.of(year, 1, 1).atStartOfDay(Zones.CHINA);
        inYear = "submitted_at >= '" + start.toOffsetDateTime() + "' and submitted_at < '" + start.plusYears(1).toOffsetDateTime() + "'";
        street = data.street().deputies(5).withFormerDeputy().departments("城管办", "综治办").withDistrictCommittee("教育局").create();
        street.caseIn(CaseState.EVALUATED, "公示：满意的留言");
        Person zongzhi = street.departments().get(1);
        long returned = street.caseIn(CaseState.DISPATCH_REQUESTED, "公示：退回的留言").caseId();
        loop.post(street.dispatcher(), "/dispatch/cases/" + returned + "/dispatch", "departmentIds", "" + zongzhi.id(),
                "dueDate", loop.due());
        loop.post(zongzhi.username(), "/department/assignments/" + loop.id(
                "select id from assignment where case_id = ? and department_id = ?", returned, zongzhi.id()) + "/return",
                "reason", "不属于本部门");
        String lead = street.deputy().username();
        String title = "关于公示测试的建议-" + street.key();
        loop.post(lead, "/deputy/proposals", "title", title, "body", "建议内容");
        long proposal = loop.id("select max(id) from proposal where title = ?", title);
        loop.post(lead, "/deputy/proposals/" + proposal + "/submit");
        loop.post(street.dispatcher(), "/dispatch/proposals/" + proposal + "/assign", "congress", "湘潭市第十七届人大",
                "session", "公示测试会议", "lead", Long.toString(education().id()));
    }

    Person education() {
        return street.districtCommittee().departments().get(0);
    }

    /** Every page of the league in this order, a few deputies a page. */
    List<LeagueRows.Deputy> allPages(LeagueSort sort, boolean ascending) {
        List<LeagueRows.Deputy> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            DeputyLeague.Page shown = deputyLeague.deputies(year, "", null, sort, ascending, page, 4);
            assertThat(shown.rows()).hasSizeLessThanOrEqualTo(4);
            rows.addAll(shown.rows());
            if (!shown.more()) {
                assertThat(deputyLeague.deputies(year, "", null, sort, ascending, page + 1, 4).rows()).isEmpty();
                return rows;
            }
            // a page is short by the former deputies whose year is ranked but who are not shown (other tests' streets)
        }
    }

    @Test
    void everyPageOrderReachesEveryServingDeputyOnceInItsOrder() {
        List<Long> byName = allPages(LeagueSort.NAME, true).stream().map(LeagueRows.Deputy::id).toList();
        assertThat(byName).doesNotHaveDuplicates().hasSizeGreaterThan(8);
        for (LeagueSort sort : LeagueSort.values()) {
            for (boolean ascending : new boolean[] {true, false}) {
                List<LeagueRows.Deputy> rows = allPages(sort, ascending);
                assertThat(rows).extracting(LeagueRows.Deputy::id).as("%s %s", sort, ascending).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(byName);
                assertThat(rows).as("%s %s", sort, ascending).isSortedAccordingTo(order(sort, ascending));
            }
        }
    }

    /**
     * A page by name of one station or of a region is read from the directory a page at a time (not from every station's
     * list): the same deputies, in both directions, as the serving deputies of that station or region sorted by name.
     */
    @Test
    void pagesByNameOfAStationOrARegionAreItsServingDeputiesByName() {
        org.mashang.directory.StationCard station = directory.stationByCode(this.street.stationCode()).orElseThrow();
        String street = directory.scopeKey(station.streetId());
        List<org.mashang.directory.DeputyCard> ofStreet = directory.activeStations().stream()
                .filter(s -> directory.scopeKey(s.streetId()).startsWith(street))
                .flatMap(s -> directory.deputiesOfStation(s.id(), true).stream()).toList();
        assertThat(ofStreet).hasSizeGreaterThan(4);
        for (boolean ascending : new boolean[] {true, false}) {
            Comparator<org.mashang.directory.DeputyCard> byName = Comparator.comparing(org.mashang.directory.DeputyCard::name)
                    .thenComparing(org.mashang.directory.DeputyCard::id);
            assertThat(byNamePages(street, null, ascending)).as("street, ascending %s", ascending)
                    .containsExactlyElementsOf(ofStreet.stream().sorted(ascending ? byName : byName.reversed())
                            .map(org.mashang.directory.DeputyCard::id).toList());
            assertThat(byNamePages("", station.id(), ascending)).as("station, ascending %s", ascending)
                    .containsExactlyElementsOf(directory.deputiesOfStation(station.id(), true).stream()
                            .sorted(ascending ? byName : byName.reversed()).map(org.mashang.directory.DeputyCard::id).toList());
        }
    }

    private List<Long> byNamePages(String scope, Long station, boolean ascending) {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            DeputyLeague.Page shown = deputyLeague.deputies(year, scope, station, LeagueSort.NAME, ascending, page, 4);
            shown.rows().forEach(r -> ids.add(r.id()));
            if (!shown.more()) {
                return ids;
            }
        }
    }

    /** The order the public page promises: by the column, a rate not shown last either way. */
    static Comparator<LeagueRows.Deputy> order(LeagueSort sort, boolean ascending) {
        Function<LeagueRows.Deputy, Comparable<?>> key = switch (sort) {
            case NAME -> LeagueRows.Deputy::name;
            case RECEIVED -> LeagueRows.Deputy::received;
            case FIRST_REPLY -> LeagueRows.Deputy::firstReplyRate;
            case RESIDENT_REPLY -> LeagueRows.Deputy::residentReplyRate;
            case SATISFACTION -> LeagueRows.Deputy::satisfactionRate;
            case REOPEN -> LeagueRows.Deputy::reopenRate;
            case RECEPTIONS -> LeagueRows.Deputy::receptionDays;
            case ACTIVITIES -> LeagueRows.Deputy::activities;
            case PROPOSALS -> LeagueRows.Deputy::proposalsLed;
        };
        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<Comparable> natural = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<LeagueRows.Deputy> by = Comparator.comparing(r -> (Comparable) key.apply(r), Comparator.nullsLast(natural));
        return by;
    }

    @Test
    void deputiesFiguresMatchTheRecords() {
        List<LeagueRows.Deputy> rows = allPages(LeagueSort.RECEIVED, false);
        Person former = street.deputies().get(street.deputies().size() - 1);
        assertThat(rows).extracting(LeagueRows.Deputy::code).contains(street.deputy().code(), street.deputies().get(2).code())
                .doesNotContain(former.code());
        for (LeagueRows.Deputy r : rows) {
            assertThat(r.received()).as("received of %s", r.name()).isEqualTo(cases(r.id(), "true"));
            assertThat(r.evaluated()).as("evaluated of %s", r.name()).isEqualTo(cases(r.id(), "satisfaction is not null"));
            assertThat(r.satisfied()).isEqualTo(cases(r.id(), "satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')"));
            assertThat(r.firstReplies()).as("first replies of %s", r.name()).isEqualTo(stages(r.id(), "FIRST_REPLY", "true"));
            assertThat(r.firstRepliesOnTime()).isEqualTo(stages(r.id(), "FIRST_REPLY", "s.completed_at < s.due_at"));
            assertThat(r.residentReplies()).isEqualTo(stages(r.id(), "RESIDENT_REPLY", "true"));
            assertThat(r.receptionDays()).as("receptions of %s", r.name()).isEqualTo(count("""
                    select count(*) from reception r join reception_deputy d on d.reception_id = r.id
                    where d.deputy_id = ? and extract(year from r.day) = ?""", r.id(), year));
            assertThat(r.activities()).isEqualTo(count("""
                    select count(*) from activity a join activity_deputy d on d.activity_id = a.id
                    where d.deputy_id = ? and extract(year from a.day) = ?""", r.id(), year));
            assertThat(r.proposalsLed()).isEqualTo(count("select count(*) from proposal where lead_deputy_id = ? and state <> 'DRAFTED' and "
                    + inYear, r.id()));
            // the minimum count: below it no rate, whatever the counts
            assertThat(r.firstReplyRate() == null).isEqualTo(r.firstReplies() < league.minimum());
            if (r.firstReplyRate() != null) {
                assertThat(r.firstReplyRate()).isEqualTo(100.0 * r.firstRepliesOnTime() / r.firstReplies());
            }
            assertThat(r.satisfactionRate() == null).isEqualTo(r.evaluated() < league.minimum() || r.evaluated() == 0);
        }
        LeagueRows.Deputy lead = rows.stream().filter(r -> r.code().equals(street.deputy().code())).findFirst().orElseThrow();
        assertThat(lead.proposalsLed()).isPositive(); // this year's proposal
    }

    @Test
    void departmentsFiguresMatchTheRecords() {
        List<LeagueRows.Department> rows = league.departments(year, "");
        Map<String, LeagueRows.Department> byName = new HashMap<>();
        rows.forEach(r -> byName.put(r.name(), r));
        assertThat(byName).containsKeys(street.department().name(), street.departments().get(1).name(), education().name());
        for (LeagueRows.Department r : rows) {
            String join = " from assignment a join cases c on c.id = a.case_id where a.department_id = ? and c." + inYear;
            assertThat(r.assigned()).as("assigned to %s", r.name()).isEqualTo(count("select count(*)" + join, r.id()));
            assertThat(r.returned()).as("returned by %s", r.name()).isEqualTo(count("select count(*)" + join + " and a.state = 'RETURNED'",
                    r.id()));
            assertThat(r.cases()).isEqualTo(count("select count(distinct c.id)" + join, r.id()));
            assertThat(r.evaluated()).isEqualTo(count("select count(distinct c.id)" + join + " and c.satisfaction is not null", r.id()));
            assertThat(r.satisfied()).isEqualTo(count("select count(distinct c.id)" + join
                    + " and c.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')", r.id()));
            assertThat(r.responseRate() == null).isEqualTo(r.assigned() < league.minimum() || r.assigned() == 0);
        }
        assertThat(byName.get(street.departments().get(1).name()).returned()).isPositive();
    }

    @Test
    void proposalsFiguresMatchTheRegister() {
        LocalDate from = LocalDate.of(year, 1, 1);
        ProposalFigures f = proposalStats.figures("", from.atStartOfDay(Zones.CHINA).toInstant(),
                from.plusYears(1).atStartOfDay(Zones.CHINA).toInstant(), null, null, null);
        String where = " from proposal where state <> 'DRAFTED' and " + inYear;
        assertThat(f.totals().submitted()).isEqualTo(count("select count(*)" + where)).isPositive();
        assertThat(f.totals().answered()).isEqualTo(count("select count(*)" + where + " and answer_class is not null"));
        assertThat(f.totals().onTime()).isEqualTo(count("select count(*)" + where + " and answered_on_time"));
        assertThat(f.totals().classA()).isEqualTo(count("select count(*)" + where + " and answer_class = 'A'"));
        assertThat(f.totals().evaluated()).isEqualTo(count("select count(*)" + where + " and evaluation is not null"));
        assertThat(f.totals().satisfied()).isEqualTo(count("select count(*)" + where
                + " and evaluation in ('SATISFIED', 'BASICALLY_SATISFIED')"));
        assertThat(f.bySession().stream().mapToLong(ProposalFigures.Row::submitted).sum()).isEqualTo(f.totals().submitted());
        assertThat(f.byUnit()).extracting(ProposalFigures.Row::name).contains(education().name());
    }

    @Test
    void thePublicPagesSortWithoutScriptAndRefuseUnknownColumns() throws Exception {
        mvc.perform(get("/stats/deputies").param("sort", "satisfaction").param("order", "asc")).andExpect(status().isOk())
                .andExpect(content().string(containsString(street.deputy().name())))
                .andExpect(content().string(containsString("sort=satisfaction&amp;order=desc")))
                .andExpect(content().string(containsString("id=\"league-data\"")));
        mvc.perform(get("/stats/departments")).andExpect(status().isOk())
                .andExpect(content().string(containsString(street.department().name())));
        mvc.perform(get("/stats/deputies").param("sort", "password")).andExpect(status().isBadRequest());
        mvc.perform(get("/stats/deputies").param("page", "-1")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("页码不正确")));
        mvc.perform(get("/stats/deputies").param("page", "abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/stats/deputies").param("page", "20001")).andExpect(status().isBadRequest());
        mvc.perform(get("/stats/deputies").param("page", "900")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(">下一页"))));
        mvc.perform(get("/stats/deputies").param("year", "1999")).andExpect(status().isBadRequest());
        mvc.perform(get("/stats/departments").param("region", "999999")).andExpect(status().isNotFound());
        mvc.perform(get("/stats")).andExpect(status().isOk()).andExpect(content().string(containsString("/stats/deputies")));
    }

    long cases(long deputyId, String where) {
        return count("select count(*) from cases where deputy_id = ? and " + inYear + " and (" + where + ")", deputyId);
    }

    long stages(long deputyId, String stage, String where) {
        return count("select count(*) from case_stage s join cases c on c.id = s.case_id where s.stage = ? and s.completed_at is not null"
                + " and c.deputy_id = ? and c." + inYear + " and (" + where + ")", stage, deputyId);
    }

    long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            spec = spec.param(i + 1, params[i]);
        }
        return spec.query(Long.class).single();
    }
}
