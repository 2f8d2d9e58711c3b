package org.mashang.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.cases.CaseSearch;
import org.mashang.cases.LoopDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Whichever plan a word search takes (with a sample small enough that the test's cases leave it every time), it lists
 * the same cases in the same pages as the bigram index alone.
 */
@IntegrationTest
class SearchPlansTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void everyPlanPagesThroughTheSameCasesAsTheBigramIndex() throws Exception {
        LoopDriver loop = new LoopDriver(mvc, jdbc, users);
        Random random = new Random();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            w.appendCodePoint(0x4E00 + 6000 + random.nextInt(14000));
        }
        String word = w.toString();
        long last = 0;
        for (int i = 0; i < 5; i++) {
            last = loop.submit("/d/wl01", "第" + i + "次反映：" + word + "的问题还没解决", null, null, false).caseId();
        }
        String street = jdbc.sql("select scope_key from cases where id = ?").param(1, last).query(String.class).single();
        List<CaseScope> scopes = List.of(new CaseScope.Everything(), new CaseScope.Region(street), new CaseScope.Committee(street));
        List<Map<CaseSearch.Filter, Object>> filters = List.of(Map.of(), Map.of(CaseSearch.Filter.STATE, "SUBMITTED"));
        for (CaseScope scope : scopes) {
            for (var f : filters) {
                for (String words : List.of(word, word.substring(0, 2) + " 问题", "路灯", "无此内容" + word)) {
                    List<Long> byBigrams = all(new CaseSearchRepository(jdbc, 3, SearchPlan.BIGRAMS), scope, words, f);
                    for (SearchPlan plan : SearchPlan.values()) {
                        assertThat(all(new CaseSearchRepository(jdbc, 3, plan), scope, words, f))
                                .as(plan + " for " + words + " in " + scope + " with " + f).isEqualTo(byBigrams);
                    }
                    assertThat(all(new CaseSearchRepository(jdbc), scope, words, f)).isEqualTo(byBigrams);
                    if (words.equals(word)) {
                        assertThat(byBigrams).hasSize(5);
                    }
                }
            }
        }
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
