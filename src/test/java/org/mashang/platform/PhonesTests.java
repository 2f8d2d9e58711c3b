package org.mashang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mashang.UnitTest;

/** Phone numbers as residents type them, as they are stored and as they are shown to those who should not call them. */
@UnitTest
class PhonesTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "13812345678       | 13812345678",
            "' 138 1234 5678 ' | 13812345678",
            "+8613812345678    | 13812345678",
            "0731-58881234     | 0731-58881234",
            "''                | NULL",
            "NULL              | NULL"})
    void normalizesWhatPeopleType(String raw, String stored) {
        assertThat(Phones.normalize(raw)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "13812345678   | true", "19912345678 | true", "12812345678 | false", "1381234567 | false",
            "0731-58881234 | true", "073158881234 | true", "58881234 | false", "abc | false"})
    void knowsValidNumbers(String normalized, boolean valid) {
        assertThat(Phones.isValid(normalized)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "13812345678   | 138****5678   | 138****5678",
            "0731-58881234 | 0731-58881234 | ****1234",
            "NULL          | NULL          | NULL"})
    void masksForDisplay(String normalized, String masked, String hidden) {
        assertThat(Phones.masked(normalized)).isEqualTo(masked);
        assertThat(Phones.hidden(normalized)).isEqualTo(hidden);
        if (normalized != null) {
            assertThat(Phones.hidden(normalized)).doesNotContain(normalized.substring(3, 7));
        }
    }
}
