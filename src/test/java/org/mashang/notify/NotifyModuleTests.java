package org.mashang.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mashang.cases.CaseAction;
import org.mashang.cases.CaseContacts;
import org.mashang.cases.CaseState;
import org.mashang.cases.CaseTransitioned;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;

/**
 * notify with the modules it needs and without stats, receptions, signs, proposals or the interfaces: the case loop's events alone
 * (as published, carrying the resident's contact and the public text of the step) are enough to plan the notices.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"review", "dispatch"}) // the demo street's cases are built by review's and dispatch's real steps
@Tag("integration")
@DirtiesContext // a configuration no other test class uses: closed after this class, not kept running to the end of the run
class NotifyModuleTests {

    @Autowired
    JdbcClient jdbc;

    static long someCase() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
    }

    List<String> notices(long caseId) {
        return jdbc.sql("select template_key || ' ' || recipient_kind || ' ' || address || ' ' || body from notification_outbox "
                + "where case_id = :id order by id").param("id", caseId).query(String.class).list();
    }

    @Test
    void aDeputysReplyReachesTheResidentWithTheReplyTheEventCarriesOncePerStep(Scenario scenario) {
        long caseId = someCase();
        var contact = new CaseContacts.ResidentContact(caseId, "MS-MODULE-1", "王女士", "13900001111", null, false);
        var reply = new CaseTransitioned(caseId, "MS-MODULE-1", CaseAction.REPLY, CaseState.ACCEPTED, CaseState.REPLIED, null,
                1L, 1L, Instant.parse("2026-11-30T02:00:00Z"), "已联系城管办，本周内修复路灯。", contact);

        scenario.publish(reply).andWaitForStateChange(() -> notices(caseId), rows -> !rows.isEmpty())
                .andVerify(rows -> assertThat(rows).singleElement().satisfies(row -> assertThat(row)
                        .startsWith("resident-replied RESIDENT").contains("13900001111").contains("本周内修复路灯")));

        // the same event again (a retried publication) plans nothing more
        scenario.publish(reply).andWaitForStateChange(() -> notices(caseId).size(), n -> n >= 1)
                .andVerify(n -> assertThat(n).isEqualTo(1));
    }

    @Test
    void aStepWithoutAResidentsContactPlansNothingForThem(Scenario scenario) {
        long caseId = someCase();
        var dispatched = new CaseTransitioned(caseId, "MS-MODULE-2", CaseAction.DISPATCH, CaseState.DISPATCH_REQUESTED,
                CaseState.DISPATCHED, null, 1L, 1L, Instant.parse("2026-11-30T02:00:00Z"), "交办城管办办理", null);
        scenario.publish(dispatched).andWaitForStateChange(() -> notices(caseId).size(), n -> n >= 0)
                .andVerify(n -> assertThat(n).isZero());
    }
}
