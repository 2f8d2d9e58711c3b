package org.mashang.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mashang.InMemorySecrets;
import org.mashang.UnitTest;

/** Query codes: eight digits for a phone keypad, kept only as a keyed hash of ticket and code. */
@UnitTest
class QueryCodesTests {

    final QueryCodes codes = new QueryCodes(new InMemorySecrets());

    @Test
    void aNewCodeIsEightDigits() {
        for (int i = 0; i < 100; i++) {
            assertThat(QueryCodes.newCode()).matches("\\d{8}");
        }
    }

    @Test
    void theStoredValueMatchesOnlyItsTicketAndCode() {
        String stored = codes.hash("MS20261201-0001", "12345678");
        assertThat(stored).matches("[0-9a-f]{64}").doesNotContain("12345678");
        assertThat(codes.matches("MS20261201-0001", "12345678", stored, true)).isTrue();
        assertThat(codes.matches("MS20261201-0001", "12345679", stored, true)).isFalse();
        assertThat(codes.matches("MS20261201-0002", "12345678", stored, true)).isFalse();
    }

    @Test
    void theKeyMattersSoACopyOfTheDatabaseAloneDoesNotHelp() {
        QueryCodes otherServer = new QueryCodes(new InMemorySecrets());
        String stored = codes.hash("MS20261201-0001", "12345678");
        assertThat(otherServer.hash("MS20261201-0001", "12345678")).isNotEqualTo(stored);
        assertThat(otherServer.matches("MS20261201-0001", "12345678", stored, true)).isFalse();
        // the bare SHA-256 (what was stored before the key) is not what is stored now
        assertThat(stored).isNotEqualTo(QueryCodes.legacy("MS20261201-0001", "12345678"));
    }

    @Test
    void oldHashesMatchUntilReKeyedAndThenAsKeyed() {
        String legacy = QueryCodes.legacy("MS20261201-0001", "12345678");
        assertThat(codes.matches("MS20261201-0001", "12345678", legacy, false)).isTrue();
        assertThat(codes.matches("MS20261201-0001", "00000000", legacy, false)).isFalse();
        String rekeyed = codes.rekey(legacy);
        assertThat(rekeyed).isEqualTo(codes.hash("MS20261201-0001", "12345678"));
        assertThat(codes.matches("MS20261201-0001", "12345678", rekeyed, true)).isTrue();
    }

    @Test
    void codesTypedAsPrintedAreReadAsDigits() {
        assertThat(QueryCodes.normalize("1234 5678")).isEqualTo("12345678");
        assertThat(QueryCodes.normalize("1234-5678")).isEqualTo("12345678");
        assertThat(QueryCodes.normalize(null)).isEmpty();
        assertThat(QueryCodes.normalize("abc")).isEmpty();
    }
}
