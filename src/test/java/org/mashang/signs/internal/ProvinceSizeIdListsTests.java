package org.mashang.signs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A province has about 100,000 deputies: the scans and the retired codes of all of them are read with one array each,
 * not one statement parameter per deputy (the PostgreSQL driver refuses more than 65,535: a 500 on the province's pages).
 */
@IntegrationTest
class ProvinceSizeIdListsTests {

    static final List<Long> PROVINCE = LongStream.rangeClosed(1_000_000_000L, 1_000_099_999L).boxed().toList();

    @Autowired
    SignScans scans;

    @Autowired
    RetiredCodes retiredCodes;

    @Test
    void theScansOfAProvincesDeputiesAreReadInOneStatement() {
        LocalDate today = LocalDate.now();
        assertThat(scans.counts(ScanKind.DEPUTY, PROVINCE, today)).isEmpty();
        assertThat(scans.daily(PROVINCE, PROVINCE, today.minusDays(30), today)).isEmpty();
        assertThat(scans.daily(List.of(), List.of(), today.minusDays(30), today)).isEmpty();
    }

    @Test
    void theRetiredCodesOfAProvincesDeputiesAreReadInOneStatement() {
        assertThat(retiredCodes.redirecting(PROVINCE, LocalDate.now())).isEmpty();
    }
}
