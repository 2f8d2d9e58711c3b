package org.mashang.stats.internal;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one change adds to a roll-up row: an amount per counter (a column of the row), and for the monthly rows at most one
 * histogram bucket. {@link RollUps} writes every counter of the row, adding nothing to those not named here.
 *
 * @param <C> the counters of the row's table
 */
final class Counts<C extends Enum<C>> {

    /** The counters of {@code stat_monthly}. */
    enum Monthly {
        RECEIVED, ACCEPTED, REJECTED, REOPENED, CLOSED, CLOSE_HOURS_SUM, FIRST_REPLIES, FIRST_REPLY_ON_TIME, FIRST_REPLY_HOURS_SUM,
        REVIEW_DONE, REVIEW_ON_TIME, RESIDENT_REPLY_DONE, RESIDENT_REPLY_ON_TIME, EVALUATED, SATISFIED, BASICALLY_SATISFIED,
        UNSATISFIED, FOLLOWED_UP, ESCALATIONS
    }

    /** The counters of {@code stat_department_monthly}. */
    enum Department {
        DISPATCHED, REPORTED, RETURNED, DONE, DONE_ON_TIME, HANDLE_HOURS_SUM, ESCALATIONS
    }

    /** The two histograms of a monthly row. */
    enum Hist {
        CLOSE, FIRST_REPLY
    }

    private final Class<C> counters;
    private final Map<C, Double> amounts;
    private @Nullable Hist hist;
    private int bucket;
    /** How many durations go into the bucket: one for a change, more for changes summed by {@link RollUpFolder}. */
    private int inBucket;

    private Counts(Class<C> counters) {
        this.counters = counters;
        this.amounts = new EnumMap<>(counters);
    }

    /** What the counters get, in the order of their enum (as the journal keeps them), with the bucket's durations. */
    static <C extends Enum<C>> Counts<C> of(Class<C> counters, double[] amounts, @Nullable Hist hist, int bucket, int inBucket) {
        Counts<C> counts = new Counts<>(counters);
        C[] all = counters.getEnumConstants();
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] != 0) {
                counts.amounts.put(all[i], amounts[i]);
            }
        }
        if (hist != null) {
            counts.hist = hist;
            counts.bucket = bucket;
            counts.inBucket = inBucket;
        }
        return counts;
    }

    /** The amounts in the order of the counters' enum. */
    double[] amounts() {
        C[] all = counters.getEnumConstants();
        double[] out = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = amounts.getOrDefault(all[i], 0.0);
        }
        return out;
    }

    static Counts<Monthly> of(Monthly counter, double amount) {
        return new Counts<>(Monthly.class).and(counter, amount);
    }

    static Counts<Department> of(Department counter, double amount) {
        return new Counts<>(Department.class).and(counter, amount);
    }

    /** Adds to a counter (to what this change already adds to it). */
    Counts<C> and(C counter, double amount) {
        amounts.merge(counter, amount, Double::sum);
        return this;
    }

    /** One more duration in this bucket of the histogram. */
    Counts<C> inBucket(Hist histogram, int index) {
        this.hist = histogram;
        this.bucket = index;
        this.inBucket = 1;
        return this;
    }

    /** The amount to bind for the counter: a whole number, or hours for a sum of hours. */
    Object amount(C counter) {
        double amount = amounts.getOrDefault(counter, 0.0);
        return isHours(counter) ? (Object) amount : (Object) (int) amount;
    }

    @Nullable Hist hist() {
        return hist;
    }

    int bucket() {
        return bucket;
    }

    /** How many durations go into {@link #bucket()}. */
    int inBucket() {
        return inBucket;
    }

    static String column(Enum<?> counter) {
        return counter.name().toLowerCase(Locale.ROOT);
    }

    private static boolean isHours(Enum<?> counter) {
        return counter.name().endsWith("_HOURS_SUM");
    }
}
