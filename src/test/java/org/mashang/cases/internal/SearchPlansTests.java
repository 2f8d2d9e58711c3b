package org.mashang.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.TestData;
import org.mashang.cases.CaseSearch;
import org.mashang.cases.LoopDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Whichever plan a word search takes (with a sample small enough that the test's cases leave it every time), it lists
 * the same cases in the same pages as the bigram index alone, in every kind of scope: a street's, a region's, a
 * committee's above the streets (its own cases and those transferred to it, one of them also sent back down) and a
 * deputy's (their own, their station's pool, one of them answered by a deputy, those they joined). The cases of the
 * test's own word are also checked one by one against who may see them, so a scope written wrongly fails even where every
 * plan agrees.
 */
@IntegrationTest
class SearchPlansTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CaseTransferRepository transfers;
    @Autowired
    CoDeputyRepository coDeputies;

    @Test
    void everyPlanPagesThroughTheSameCasesAsTheBigramIndexInEveryScope() throws Exception {
        LoopDriver loop = new LoopDriver(mvc, jdbc, users);
        Random random = new Random();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            w.appendCodePoint(0x4E00 + 6000 + random.nextInt(14000));
        }
        String word = w.toString();
        try (TestData data = TestData.of(mvc)) {
            TestData.Street street = data.street().deputies(2).create();
            TestData.Person first = street.deputies().get(0);
            TestData.Person second = street.deputies().get(1);
            // six cases: to each deputy in turn, the last one left for the whole station (the pool)
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String page = i < 5 ? "/d/" + street.deputies().get(i % 2).code() : "/s/" + street.stationCode();
                ids.add(loop.submit(page, "第" + i + "次反映：" + word + "的问题还没解决", null, null, false, street.block()).caseId());
            }
            String streetKey = key(street.id());
            String districtKey = key(street.district());
            long city = jdbc.sql("select parent_id from region where id = ?").param(street.district()).query(Long.class).single();
            String cityKey = key(city);
            Instant now = Instant.now();
            // cases 1–3 handed up to the district; 2 on to the city; 3 sent back down to the street
            for (int i = 1; i <= 3; i++) {
                transfers.insert(ids.get(i), street.id(), street.district(), districtKey, true, "本辖区无法解决", null, now);
            }
            transfers.insert(ids.get(2), street.district(), city, cityKey, true, "本级无法解决", null, now);
            transfers.insert(ids.get(3), street.district(), street.id(), streetKey, false, "请街道办理", null, now);
            // the first deputy joins case 3 (a case of the second)
            coDeputies.add(ids.get(3), first.id(), now);
            // the pool case answered by the first deputy: theirs twice over (own and pool), listed once
            jdbc.sql("update cases set deputy_id = ? where id = ?").params(first.id(), ids.get(5)).update();

            Map<CaseScope, List<Long>> sees = new LinkedHashMap<>();
            sees.put(CaseScope.EVERYTHING, ids);
            sees.put(new CaseScope.Region(districtKey), ids);
            sees.put(new CaseScope.Street(streetKey), ids);
            sees.put(new CaseScope.Committee(districtKey), ids.subList(1, 4));
            sees.put(new CaseScope.Committee(cityKey), List.of(ids.get(2)));
            // the street's own key as a committee's: case 3 both by its key and by its transfer back down, listed once
            sees.put(new CaseScope.Committee(streetKey), ids);
            sees.put(new CaseScope.Deputy(first.id(), street.station()), List.of(ids.get(0), ids.get(2), ids.get(3), ids.get(4), ids.get(5)));
            sees.put(new CaseScope.Deputy(second.id(), street.station()), List.of(ids.get(1), ids.get(3), ids.get(5)));

            List<Map<CaseSearch.Filter, Object>> filters = List.of(Map.of(), Map.of(CaseSearch.Filter.STATE, "SUBMITTED"),
                    Map.of(CaseSearch.Filter.DEPUTY, second.id()));
            for (var scope : sees.entrySet()) {
                for (var f : filters) {
                    for (String words : List.of(word, word.substring(0, 2) + " 问题", "路灯", "无此内容" + word)) {
                        List<Long> byBigrams = all(new CaseSearchRepository(jdbc, 3, SearchPlan.BIGRAMS), scope.getKey(), words, f);
                        for (SearchPlan plan : SearchPlan.values()) {
                            assertThat(all(new CaseSearchRepository(jdbc, 3, plan), scope.getKey(), words, f))
                                    .as(plan + " for " + words + " in " + scope.getKey() + " with " + f).isEqualTo(byBigrams);
                        }
                        assertThat(all(new CaseSearchRepository(jdbc), scope.getKey(), words, f)).isEqualTo(byBigrams);
                        if (words.equals(word)) {
                            List<Long> expected = scope.getValue().stream()
                                    .filter(id -> !f.containsKey(CaseSearch.Filter.DEPUTY) || deputy(id) == second.id())
                                    .sorted(Comparator.reverseOrder()).toList();
                            assertThat(byBigrams).as("newest first in " + scope.getKey() + " with " + f).isEqualTo(expected);
                        }
                    }
                }
            }
        }
    }

    private String key(long region) {
        return jdbc.sql("select path from region where id = ?").param(region).query(String.class).single();
    }

    private long deputy(long caseId) {
        return jdbc.sql("select coalesce(deputy_id, 0) from cases where id = ?").param(caseId).query(Long.class).single();
    }

    /** Every case found, page after page of two by keyset. */
    static List<Long> all(CaseSearchRepository repository, CaseScope scope, String words, Map<CaseSearch.Filter, Object> filters) {
        List<Long> ids = new ArrayList<>();
        CaseSearch.Cursor after = null;
        while (true) {
            List<CaseRecord> page = repository.search(scope, new CaseSearchRepository.Match(null, null, words), filters, after, 2,
                    Instant.now());
            page.forEach(c -> ids.add(c.id()));
            if (page.size() < 2) {
                return ids;
            }
            CaseRecord lastOne = page.get(page.size() - 1);
            after = new CaseSearch.Cursor(lastOne.submittedAt(), lastOne.id());
        }
    }
}
