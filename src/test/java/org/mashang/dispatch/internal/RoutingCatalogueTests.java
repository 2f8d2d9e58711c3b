package org.mashang.dispatch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.platform.Csv;

@UnitTest
class RoutingCatalogueTests {

    // city 1 › district 2 › street 3 › community 4 › block 5; another community 6 under the street
    static final List<Long> BLOCK_5 = List.of(1L, 2L, 3L, 4L, 5L);

    static RoutingRule rule(long id, long owner, long area) {
        return new RoutingRule(id, owner, 9, area, 100 + id, List.of(), 10);
    }

    @Test
    void theMostSpecificAreaWins() {
        List<RoutingRule> rules = List.of(rule(1, 3, 3), rule(2, 3, 5), rule(3, 3, 4));
        assertThat(RoutingCatalogue.mostSpecific(rules, BLOCK_5)).map(RoutingRule::id).contains(2L);
        assertThat(RoutingCatalogue.mostSpecific(List.of(rule(1, 3, 3), rule(3, 3, 4)), BLOCK_5)).map(RoutingRule::id).contains(3L);
        assertThat(RoutingCatalogue.mostSpecific(List.of(rule(1, 3, 3), rule(4, 2, 2)), BLOCK_5)).map(RoutingRule::id).contains(1L);
    }

    @Test
    void onSameAreaTheNearestCommitteesCatalogueWins() {
        List<RoutingRule> rules = List.of(rule(1, 2, 3), rule(2, 3, 3), rule(3, 1, 3));
        assertThat(RoutingCatalogue.mostSpecific(rules, BLOCK_5)).map(RoutingRule::id).contains(2L);
    }

    @Test
    void rulesOfOtherAreasDoNotApply() {
        assertThat(RoutingCatalogue.mostSpecific(List.of(rule(1, 3, 6)), BLOCK_5)).isEmpty();
        assertThat(RoutingCatalogue.mostSpecific(List.of(), BLOCK_5)).isEmpty();
    }

    @Test
    void csvCellsWithCommasAndQuotesSurviveTheRoundTrip() {
        String line = String.join(",", RoutingCsv.cell("市容,环境"), RoutingCsv.cell("说\"明\""), "10") + "\r\n";
        assertThat(Csv.rows(RoutingCsv.HEADER + "\r\n" + line))
                .containsExactly(List.of("类别", "区域", "主办部门", "协办部门", "期限（工作日）"), List.of("市容,环境", "说\"明\"", "10"));
    }
}
