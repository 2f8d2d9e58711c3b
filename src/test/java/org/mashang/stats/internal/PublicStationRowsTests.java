package org.mashang.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.platform.FilterOptions;

/** The public figures list every station of a street or district, and only the busiest of a province. */
@UnitTest
class PublicStationRowsTests {

    static List<PublicFigures.StationRow> rows(int n) {
        // station i received i residents and solved 1 issue
        return LongStream.rangeClosed(1, n).mapToObj(i -> new PublicFigures.StationRow(i, "站" + i, i, 0, 0, 1)).toList();
    }

    @Test
    void aFewStationsAreListedAllInTheirOrder() {
        List<PublicFigures.StationRow> few = rows(FilterOptions.MAX);
        assertThat(PublicStats.listed(few)).isEqualTo(few);
    }

    @Test
    void aProvincesStationsAreListedBusiestFirstUpToTheListsSize() {
        List<PublicFigures.StationRow> listed = PublicStats.listed(rows(2_000));
        assertThat(listed).hasSize(FilterOptions.MAX);
        assertThat(listed.get(0).stationId()).isEqualTo(2_000);
        assertThat(listed.get(FilterOptions.MAX - 1).stationId()).isEqualTo(2_000 - FilterOptions.MAX + 1);
    }
}
