package org.mashang.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;

/** Durations counted in buckets, and the 90th percentile read back from them. */
@UnitTest
class HistogramTests {

    @Test
    void aDurationFallsInTheFirstBucketWhoseUpperBoundHoldsIt() {
        assertThat(Histogram.bucket(0)).isZero();
        assertThat(Histogram.bucket(1)).isZero();
        assertThat(Histogram.bucket(1.01)).isEqualTo(1);
        assertThat(Histogram.bucket(24)).isEqualTo(5);
        assertThat(Histogram.bucket(1440)).isEqualTo(Histogram.BOUNDS.length - 1);
        assertThat(Histogram.bucket(5000)).isEqualTo(Histogram.BOUNDS.length);
        assertThat(Histogram.one(30)).hasSize(Histogram.SIZE).containsOnlyOnce(1);
        assertThat(Histogram.one(30)[Histogram.bucket(30)]).isEqualTo(1);
        assertThat(Histogram.empty()).hasSize(Histogram.SIZE).containsOnly(0);
    }

    @Test
    void anEmptyHistogramHasNoPercentile() {
        assertThat(Histogram.p90(new long[Histogram.SIZE])).isNull();
    }

    @Test
    void theNinetiethPercentileIsInterpolatedInsideItsBucket() {
        long[] counts = new long[Histogram.SIZE];
        counts[Histogram.bucket(3)] = 10; // ten cases of 2 to 4 hours
        // the 9th of 10 lies 9/10 of the way through (2, 4]
        assertThat(Histogram.p90(counts)).isCloseTo(2 + 2 * 0.9, within(1e-9));
        counts[Histogram.bucket(100)] = 90; // ninety more of 96 to 120 hours: the 90th of 100 is the 80th of them
        assertThat(Histogram.p90(counts)).isCloseTo(96 + 24 * 80.0 / 90, within(1e-9));
    }

    @Test
    void theLastOpenBucketReachesHalfAgainItsLowerBound() {
        long[] counts = new long[Histogram.SIZE];
        counts[Histogram.BOUNDS.length] = 1;
        assertThat(Histogram.p90(counts)).isEqualTo(1440 * 1.5);
    }

    @Test
    void percentilesOfSummedMonthsAreThoseOfAllTheirCases() {
        long[] january = new long[Histogram.SIZE];
        long[] february = new long[Histogram.SIZE];
        long[] both = new long[Histogram.SIZE];
        for (double hours : new double[] {0.5, 3, 30, 30, 200}) {
            january[Histogram.bucket(hours)]++;
            both[Histogram.bucket(hours)]++;
        }
        for (double hours : new double[] {50, 700, 700}) {
            february[Histogram.bucket(hours)]++;
            both[Histogram.bucket(hours)]++;
        }
        long[] summed = new long[Histogram.SIZE];
        for (int i = 0; i < summed.length; i++) {
            summed[i] = january[i] + february[i];
        }
        assertThat(Histogram.p90(summed)).isEqualTo(Histogram.p90(both)).isBetween(480.0, 720.0);
    }
}
