package org.mashang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;

@UnitTest
class FilterOptionsTests {

    static List<Integer> choices(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void aStreetsChoicesAreAllOffered() {
        assertThat(FilterOptions.upTo(choices(15))).hasSize(15);
        assertThat(FilterOptions.upTo(choices(FilterOptions.MAX))).hasSize(FilterOptions.MAX);
    }

    @Test
    void aProvincesChoicesAreNotListed() {
        assertThat(FilterOptions.upTo(choices(FilterOptions.MAX + 1))).isEmpty();
        assertThat(FilterOptions.upTo(choices(100_000))).isEmpty();
    }

    @Test
    void choicesFromTooManyPartsAreNotEvenMade() {
        assertThat(FilterOptions.upTo(3, 40, () -> choices(120))).hasSize(120);
        assertThat(FilterOptions.<Integer>upTo(2_000, 40, () -> {
            throw new AssertionError("the blocks of 2,000 stations were looked up");
        })).isEmpty();
    }
}
