package org.mashang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;

/** The CSV files administrators upload: whole files (the routing catalogue) and single lines (the holiday calendar). */
@UnitTest
class CsvTests {

    @Test
    void rowsEndAtLineBreaksOutsideQuotes() {
        assertThat(Csv.rows("a,b\r\n\"c,d\",\"e \"\"f\"\"\"\ng,\"h\ni\"\n"))
                .containsExactly(List.of("a", "b"), List.of("c,d", "e \"f\""), List.of("g", "h\ni"));
        assertThat(Csv.rows("a,")).containsExactly(List.of("a", ""));
        assertThat(Csv.rows("")).isEmpty();
    }

    @Test
    void aLineKeepsItsLastFieldAndRefusesAnOpenQuote() {
        assertThat(Csv.fields("2026-10-01,holiday,国庆节,")).containsExactly("2026-10-01", "holiday", "国庆节", "");
        assertThat(Csv.fields("")).containsExactly("");
        assertThat(Csv.fields("2026-10-01,\"国庆")).isNull();
    }
}
