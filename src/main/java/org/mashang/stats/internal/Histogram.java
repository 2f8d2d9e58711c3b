package org.mashang.stats.internal;

import org.jspecify.annotations.Nullable;

/**
 * Durations in hours, counted in buckets so that percentiles can be summed over any months and regions.
 * The 90th percentile is interpolated inside its bucket, so it is exact to within that bucket's width.
 */
final class Histogram {

    /** Upper bounds of the buckets, in hours; one more bucket holds everything longer. */
    static final double[] BOUNDS = {1, 2, 4, 8, 12, 24, 36, 48, 72, 96, 120, 168, 240, 336, 480, 720, 1080, 1440};
    static final int SIZE = BOUNDS.length + 1;

    private Histogram() {
    }

    static int bucket(double hours) {
        for (int i = 0; i < BOUNDS.length; i++) {
            if (hours <= BOUNDS[i]) {
                return i;
            }
        }
        return BOUNDS.length;
    }

    static int[] one(double hours) {
        int[] h = new int[SIZE];
        h[bucket(hours)] = 1;
        return h;
    }

    static int[] empty() {
        return new int[SIZE];
    }

    /** @return the 90th percentile in hours, or null for an empty histogram */
    static @Nullable Double p90(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        if (total == 0) {
            return null;
        }
        double target = Math.ceil(0.9 * total);
        long before = 0;
        for (int i = 0; i < counts.length; i++) {
            if (before + counts[i] >= target) {
                double lo = i == 0 ? 0 : BOUNDS[i - 1];
                double hi = i < BOUNDS.length ? BOUNDS[i] : lo * 1.5;
                return lo + (hi - lo) * (target - before) / counts[i];
            }
            before += counts[i];
        }
        return BOUNDS[BOUNDS.length - 1];
    }
}
