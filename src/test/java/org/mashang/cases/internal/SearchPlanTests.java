package org.mashang.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;

/** The plan a word search takes once the newest cases did not fill a page, from what they showed as a sample. */
@UnitTest
class SearchPlanTests {

    static final int PAGE = 51;

    static SearchPlan.Sample sample(long words, long scoped) {
        return new SearchPlan.Sample(10_000, words, scoped, 1_000_000);
    }

    @Test
    void rareWordsAreReadFromTheBigramIndex() {
        // 书院路 漏水 in about 0.7 % of the cases, a street's tenth of the table: some 6,600 rechecked beat a walk of 77,000
        assertThat(SearchPlan.choose(sample(66, 1_000), PAGE)).isEqualTo(SearchPlan.BIGRAMS);
        // nothing like the words among the newest: the index says at once
        assertThat(SearchPlan.choose(sample(0, 10_000), PAGE)).isEqualTo(SearchPlan.BIGRAMS);
        assertThat(SearchPlan.choose(sample(0, 0), PAGE)).isEqualTo(SearchPlan.BIGRAMS);
    }

    @Test
    void commonWordsInANarrowScopeWalkTheNewestFirst() {
        // a word in one case of six, a street with 2 % of the table: about 15,000 read, not 166,000 rechecked nor 20,000 sorted
        assertThat(SearchPlan.choose(sample(1_667, 200), PAGE)).isEqualTo(SearchPlan.WALK);
        assertThat(SearchPlan.cost(SearchPlan.WALK, sample(1_667, 200), PAGE)).isBetween(15_000.0, 16_000.0);
        assertThat(SearchPlan.walkBound(sample(1_667, 200), PAGE)).isGreaterThan(4 * 15_000L);
    }

    @Test
    void commonWordsWithNarrowFiltersReadTheFilteredScope() {
        // 路灯 (6.6 %) with a state and a category leaving 0.3 % of the table: 3,000 sorted beat 66,000 rechecked
        assertThat(SearchPlan.choose(sample(660, 30), PAGE)).isEqualTo(SearchPlan.SCOPE);
    }

    @Test
    void aWalkThatCanNeverFillAPageCostsTheWholeTable() {
        assertThat(SearchPlan.cost(SearchPlan.WALK, sample(5_000, 0), PAGE)).isEqualTo(1_000_000.0);
        assertThat(SearchPlan.choose(new SearchPlan.Sample(0, 0, 0, 0), PAGE)).isEqualTo(SearchPlan.BIGRAMS);
    }
}
