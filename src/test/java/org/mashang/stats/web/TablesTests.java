package org.mashang.stats.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;

/** A page lists the largest rows of a table up to a limit and says how many it leaves to the export. */
@UnitTest
class TablesTests {

    static Tables.Table of(int rows) {
        List<List<Object>> all = IntStream.range(0, rows).mapToObj(i -> List.<Object>of("代表" + i, rows - i, 0)).toList();
        return new Tables.Table("deputies", "按代表", List.of("代表", "收到", "已办结"), d -> all);
    }

    @Test
    void aProvincesTenThousandRowsAreCutToTheLargestAndCounted() {
        Tables.Table t = of(10_016);
        assertThat(t.shown(null)).hasSize(Tables.SHOWN).first().isEqualTo(List.of("代表0", 10_016, 0));
        assertThat(t.hidden(null)).isEqualTo(10_016 - Tables.SHOWN);
        assertThat(t.rows(null)).hasSize(10_016);
    }

    @Test
    void aStreetsRowsAreAllShown() {
        Tables.Table t = of(15);
        assertThat(t.shown(null)).hasSize(15);
        assertThat(t.hidden(null)).isZero();
    }
}
