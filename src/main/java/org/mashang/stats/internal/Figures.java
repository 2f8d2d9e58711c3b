package org.mashang.stats.internal;

/** Summed counters of a set of cases, and the rates and durations people read off them. */
public record Figures(long received, long accepted, long rejected, long closed, double closeHoursSum, long[] closeHist,
                      long firstReplies, long firstReplyOnTime, double firstReplyHoursSum, long[] firstReplyHist, long reviewDone,
                      long reviewOnTime, long residentReplyDone, long residentReplyOnTime, long evaluated, long satisfied,
                      long basicallySatisfied, long unsatisfied, long reopened, long escalations, long followedUp) {

    static Figures zero() {
        return new Figures(0, 0, 0, 0, 0, new long[Histogram.SIZE], 0, 0, 0, new long[Histogram.SIZE], 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    Figures plus(Figures o) {
        return new Figures(received + o.received, accepted + o.accepted, rejected + o.rejected, closed + o.closed,
                closeHoursSum + o.closeHoursSum, add(closeHist, o.closeHist), firstReplies + o.firstReplies,
                firstReplyOnTime + o.firstReplyOnTime, firstReplyHoursSum + o.firstReplyHoursSum, add(firstReplyHist, o.firstReplyHist),
                reviewDone + o.reviewDone, reviewOnTime + o.reviewOnTime, residentReplyDone + o.residentReplyDone,
                residentReplyOnTime + o.residentReplyOnTime, evaluated + o.evaluated, satisfied + o.satisfied,
                basicallySatisfied + o.basicallySatisfied, unsatisfied + o.unsatisfied, reopened + o.reopened,
                escalations + o.escalations, followedUp + o.followedUp);
    }

    private static long[] add(long[] a, long[] b) {
        long[] out = new long[Histogram.SIZE];
        for (int i = 0; i < out.length; i++) {
            out[i] = (i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0);
        }
        return out;
    }

    public Double avgFirstReplyHours() {
        return firstReplies == 0 ? null : firstReplyHoursSum / firstReplies;
    }

    public Double p90FirstReplyHours() {
        return Histogram.p90(firstReplyHist);
    }

    public Double avgCloseHours() {
        return closed == 0 ? null : closeHoursSum / closed;
    }

    public Double p90CloseHours() {
        return Histogram.p90(closeHist);
    }

    public Double reviewOnTimePercent() {
        return percent(reviewOnTime, reviewDone);
    }

    public Double firstReplyOnTimePercent() {
        return percent(firstReplyOnTime, firstReplies);
    }

    public Double residentReplyOnTimePercent() {
        return percent(residentReplyOnTime, residentReplyDone);
    }

    /** Satisfied or basically satisfied among evaluations. */
    public Double satisfactionPercent() {
        return percent(satisfied + basicallySatisfied, evaluated);
    }

    /** Cases reopened (重办) among those closed. */
    public Double reopenPercent() {
        return percent(reopened, closed);
    }

    public Double closedPercent() {
        return percent(closed, received);
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }
}
