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
    void commonWordsInAStreetReadItsOwnNewestCasesFirst() {
        // 路灯 in one case of six, the busy street with 3 % of the table (1,000,000 cases): the street's newest read in order
        // until a page has the word, about 305, not a walk of the province's newest (10,400) nor every case of the street
        SearchPlan.Sample streetLamps = sample(1_670, 295);
        assertThat(SearchPlan.choose(streetLamps, PAGE, true)).isEqualTo(SearchPlan.SCOPE);
        assertThat(SearchPlan.cost(SearchPlan.SCOPE, streetLamps, PAGE, true)).isBetween(300.0, 310.0);
        // a scope read unordered (a region's range, a deputy's sources) still walks
        assertThat(SearchPlan.choose(streetLamps, PAGE, false)).isEqualTo(SearchPlan.WALK);
        // a word in no case of the sample: its bigrams say so at once, whatever the order
        assertThat(SearchPlan.choose(sample(0, 295), PAGE, true)).isEqualTo(SearchPlan.BIGRAMS);
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
