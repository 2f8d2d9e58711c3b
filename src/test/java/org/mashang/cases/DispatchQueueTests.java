package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerClassData;
import org.mashang.TestData;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.internal.Receipt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dispatcher's queue lists a case for each of its reasons — dispatch asked for, an extension asked for, every
 * department of the round returned it — and not a case the departments are handling (each reason is its own branch
 * of the statement, with its own state).
 */
@IntegrationTest
class DispatchQueueTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CaseQueries queries;

    /** The street whose dispatcher's lists are looked at, with two offices (城管办, 综治办). */
    @RegisterExtension
    static final PerClassData data = new PerClassData(s -> s.departments("城管办", "综治办"));

    LoopDriver loop;

    static TestData.Street street() {
        return data.street();
    }

    static TestData.Person office(int n) {
        return street().departments().get(n);
    }

    @BeforeEach
    void driver() {
        loop = new LoopDriver(mvc, jdbc, users);
    }

    @Test
    void eachReasonPutsACaseInTheQueueAndHandlingDoesNot() throws Exception {
        long requested = street().caseIn(CaseState.DISPATCH_REQUESTED, "队列：路灯不亮").caseId();
        long extension = dispatched("队列：井盖松动", 0);
        loop.post(office(0).username(), "/department/assignments/" + loop.assignment(extension, office(0).name()) + "/extension", "days", "3",
                "reason", "需协调燃气公司");
        long returned = dispatched("队列：违建", 1);
        loop.post(office(1).username(), "/department/assignments/" + loop.assignment(returned, office(1).name()) + "/return", "reason", "属于城管办职责");
        long handling = dispatched("队列：占道经营", 0);

        List<Long> queue = everyPage((StaffUser) users.loadUserByUsername(street().dispatcher()), CaseList.DISPATCH).stream()
                .map(CaseSummary::id).toList();

        assertThat(queue).contains(requested, extension, returned).doesNotContain(handling);
        assertThat(queue).as("each case once").doesNotHaveDuplicates();
    }

    /**
     * The overdue list (督办) holds each case with a running clock past its deadline — a department's assignment, the
     * deputy's first reply — the earliest deadline first, and neither a paused clock nor one still running in time.
     */
    @Test
    void theOverdueListHoldsEveryRunningClockPastItsDeadlineEarliestFirst() throws Exception {
        long twoDays = dispatched("督办：井盖缺失", 0);
        long threeDays = dispatched("督办：污水外溢", 0);
        long paused = dispatched("督办：等待群众补充", 0);
        long inTime = dispatched("督办：尚未到期", 0);
        Receipt firstReply = loop.submit(street(), "督办：代表尚未答复", null, null, true);
        loop.post(street().reviewer(), "/review/cases/" + firstReply.caseId() + "/accept", "makePublic", "false");
        assertThat(loop.state(firstReply.caseId())).isEqualTo("ACCEPTED");
        late(twoDays, "2 days", false);
        late(threeDays, "3 days", false);
        late(paused, "4 days", true);
        late(firstReply.caseId(), "1 day", false);

        List<Long> overdue = everyPage((StaffUser) users.loadUserByUsername(street().dispatcher()), CaseList.OVERDUE).stream()
                .map(CaseSummary::id).toList();

        assertThat(overdue).doesNotContain(paused, inTime).doesNotHaveDuplicates();
        assertThat(overdue.stream().filter(List.of(threeDays, twoDays, firstReply.caseId())::contains).toList())
                .as("the most overdue first").containsExactly(threeDays, twoDays, firstReply.caseId());
    }

    /** The case's running clock (its own or its assignment's) ended that long ago; paused since, when asked. */
    private void late(long caseId, String ago, boolean pausedSince) {
        jdbc.sql("update case_stage set due_at = now() - cast(? as interval), paused_at = case when ? then now() end"
                + " where case_id = ? and completed_at is null").param(ago).param(pausedSince).param(caseId).update();
    }

    /** The whole list, page after page by the "next" cursor. */
    private List<CaseSummary> everyPage(StaffUser user, CaseList list) {
        List<CaseSummary> all = new java.util.ArrayList<>();
        ListPage<CaseSummary> page = queries.list(user, list, null);
        all.addAll(page.rows());
        while (page.next() != null) {
            page = queries.list(user, list, page.next());
            all.addAll(page.rows());
        }
        assertThat(all).as("the count says how many").hasSize((int) page.count());
        return all;
    }

    /** A case of the street dispatched to its n-th office. */
    private long dispatched(String text, int office) throws Exception {
        long id = street().caseIn(CaseState.DISPATCH_REQUESTED, text).caseId();
        loop.post(street().dispatcher(), "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + office(office).id(),
                "dueDate", loop.due());
        assertThat(loop.state(id)).isEqualTo("DISPATCHED");
        return id;
    }
}
