package org.mashang.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;

/** A change is counted for its street and every region above it: the prefixes of the street's scope key, and everywhere. */
@UnitTest
class RegionKeysTests {

    @Test
    void aStreetsRegionsAreThePrefixesOfItsScopeKey() {
        assertThat(RollUps.regions("/1/2/3/4/")).containsExactly("", "/1/", "/1/2/", "/1/2/3/", "/1/2/3/4/");
        assertThat(RollUps.regions("/17/")).containsExactly("", "/17/");
        assertThat(RollUps.regions("/100016/2/")).containsExactly("", "/100016/", "/100016/2/");
    }

    @Test
    void theRowsOfOneStreetOnlyAreNotKeptPerRegion() {
        assertThat(RollUps.SHARED).containsExactlyInAnyOrder(StatsRecorder.ALL, StatsRecorder.CATEGORY, StatsRecorder.CHANNEL)
                .doesNotContain(StatsRecorder.STATION, StatsRecorder.DEPUTY, StatsRecorder.BLOCK);
    }
}
