package org.mashang.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.stats.internal.LeagueRows;

/** A rate ranks no one until its count reaches the minimum: one case does not make anyone first or last. */
@UnitTest
class LeagueRowsTests {

    @Test
    void ratesAreShownOnlyFromTheMinimumCountOn() {
        assertThat(LeagueRows.rate(1, 1, 5)).isNull();
        assertThat(LeagueRows.rate(0, 4, 5)).isNull();
        assertThat(LeagueRows.rate(4, 5, 5)).isEqualTo(80.0);
        assertThat(LeagueRows.rate(0, 0, 0)).isNull();
        assertThat(LeagueRows.rate(3, 4, 1)).isEqualTo(75.0);
        var deputy = new LeagueRows.Deputy(1, "某", "cs00", "市人大代表", "站", 10, 4, 4, 6, 3, 5, 5, 6, 1, 2, 3, 1, 5);
        assertThat(deputy.firstReplyRate()).isNull();
        assertThat(deputy.residentReplyRate()).isEqualTo(50.0);
        assertThat(deputy.satisfactionRate()).isEqualTo(100.0);
        assertThat(deputy.reopenRate()).isCloseTo(16.67, org.assertj.core.data.Offset.offset(0.01));
        var department = new LeagueRows.Department(1, "部门", 6, 5, 1, 5, 4, 6, 5, 2, 2, 5);
        assertThat(department.responseRate()).isCloseTo(83.33, org.assertj.core.data.Offset.offset(0.01));
        assertThat(department.onTimeRate()).isEqualTo(80.0);
        assertThat(department.solutionRate()).isCloseTo(83.33, org.assertj.core.data.Offset.offset(0.01));
        assertThat(department.satisfactionRate()).isNull();
    }
}
