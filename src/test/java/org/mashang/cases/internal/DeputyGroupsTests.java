package org.mashang.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.TestData;
import org.mashang.cases.CaseState;
import org.mashang.cases.ListCursor;
import org.mashang.cases.LoopDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The deputy's groups, read a state at a time from each source's index (their own cases, their station's pool, those they
 * joined), hold the same cases in the same order with the same counts as the deputy's cases filtered and sorted whole —
 * with a pool case the deputy answers for (own and pool) and a pool case they also joined (all three) listed and counted
 * once, another deputy's cases left out, and every page from any row onwards or backwards.
 */
@IntegrationTest
class DeputyGroupsTests {

    /** The deputy's cases as the scope defines them, in the list's order: the answer every read must give. */
    private static final String EXPECTED = """
            select c.id from cases c where (c.deputy_id = :deputy or (c.pool and c.station_id = :station)
                or exists (select 1 from case_co_deputy j where j.case_id = c.id and j.deputy_id = :deputy))
                and c.state = any(:states) order by c.updated_at desc, c.id desc""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CaseListRepository lists;
    @Autowired
    CoDeputyRepository coDeputies;

    @Test
    void eachGroupHoldsTheDeputysCasesOnceInOrderFromEverySource() throws Exception {
        LoopDriver loop = new LoopDriver(mvc, jdbc, users);
        try (TestData data = TestData.of(mvc)) {
            TestData.Street street = data.street().deputies(2).create();
            TestData.Person first = street.deputies().get(0);
            TestData.Person second = street.deputies().get(1);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                // five to each deputy, five left for the whole station
                String page = i % 3 == 2 ? "/s/" + street.stationCode() : "/d/" + street.deputies().get(i % 3).code();
                String address = "10.78.0." + (i + 1); // each from its own address, as neighbours would
                ids.add(loop.receipt(mvc.perform(multipart(page).param("text", "分组测试留言 " + i)
                        .param("categoryId", "" + street.category()).param("blockId", "" + street.block())
                        .param("publicChoice", "false").param("submissionKey", UUID.randomUUID().toString()).with(csrf())
                        .with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        })).andReturn()).caseId());
            }
            Random random = new Random(18);
            List<CaseState> states = List.of(CaseState.SUBMITTED, CaseState.ACCEPTED, CaseState.CLOSED, CaseState.EVALUATED);
            Instant base = Instant.parse("2026-03-01T02:00:00Z");
            for (int i = 0; i < ids.size(); i++) {
                // times drawn from a few minutes, so some cases changed at the same moment and the id decides
                jdbc.sql("update cases set state = ?, updated_at = ? where id = ?").param(states.get(random.nextInt(states.size())).name())
                        .param(Timestamp.from(base.plusSeconds(60L * random.nextInt(6)))).param(ids.get(i)).update();
            }
            // a pool case the first deputy answers for and joined too; a pool case they joined; two of the second's joined
            jdbc.sql("update cases set deputy_id = ? where id = ?").param(first.id()).param(ids.get(2)).update();
            for (int joined : List.of(2, 5, 4, 7)) {
                coDeputies.add(ids.get(joined), first.id(), base);
            }

            CaseScope.Deputy scope = new CaseScope.Deputy(first.id(), street.station());
            List<Set<CaseState>> groups = List.of(EnumSet.of(CaseState.SUBMITTED, CaseState.ACCEPTED),
                    EnumSet.of(CaseState.CLOSED, CaseState.EVALUATED), EnumSet.of(CaseState.REJECTED));
            List<CaseListRepository.DeputyGroup> read = lists.deputyGroups(scope, groups);
            int seen = 0;
            for (int g = 0; g < groups.size(); g++) {
                List<Long> expected = expected(scope, groups.get(g));
                seen += expected.size();
                List<ListPaging.Keyed<Long>> rows = read.get(g).rows();
                assertThat(rows.stream().map(ListPaging.Keyed::id).toList()).as("group %d", g).isEqualTo(expected);
                assertThat(read.get(g).count()).as("group %d's count", g).isEqualTo(expected.size());
                // from every row: the page after it and the page before it
                for (int k = 0; k < rows.size(); k++) {
                    ListPaging.Keyed<Long> at = rows.get(k);
                    assertThat(ids(lists.deputyPage(scope, groups.get(g), new ListCursor(at.key(), at.id(), true))))
                            .as("after row %d of group %d", k, g).isEqualTo(expected.subList(k + 1, expected.size()));
                    List<Long> before = new ArrayList<>(expected.subList(0, k));
                    Collections.reverse(before);
                    assertThat(ids(lists.deputyPage(scope, groups.get(g), new ListCursor(at.key(), at.id(), false))))
                            .as("before row %d of group %d", k, g).isEqualTo(before);
                }
            }
            // the first deputy's five, the pool's five (two of them joined, one also theirs), two of the second's joined
            assertThat(seen).isEqualTo(12);
        }
    }

    private List<Long> expected(CaseScope.Deputy scope, Set<CaseState> states) {
        return jdbc.sql(EXPECTED).param("deputy", scope.deputyId()).param("station", scope.stationId())
                .param("states", states.stream().map(CaseState::name).toArray(String[]::new)).query(Long.class).list();
    }

    private static List<Long> ids(List<ListPaging.Keyed<Long>> rows) {
        return rows.stream().map(ListPaging.Keyed::id).toList();
    }
}
