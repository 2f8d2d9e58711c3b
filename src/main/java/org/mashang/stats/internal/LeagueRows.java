package org.mashang.stats.internal;

import org.jspecify.annotations.Nullable;

/** Rows of the public league tables (履职公示); a rate is shown only over at least the minimum count, else null. */
public final class LeagueRows {

    private LeagueRows() {
    }

    /** @return part / whole in percent, or null while {@code whole} is below {@code minimum} (one case ranks no one) */
    public static @Nullable Double rate(long part, long whole, int minimum) {
        return whole == 0 || whole < minimum ? null : 100.0 * part / whole;
    }

    /**
     * One serving deputy over a year: messages received (cases whose responsible deputy they are), first replies and
     * replies to residents and how many were on time, evaluations, reopened cases, reception days, activities, proposals led.
     */
    public record Deputy(long id, String name, String code, String level, String station, long received, long firstReplies,
                         long firstRepliesOnTime, long residentReplies, long residentRepliesOnTime, long evaluated, long satisfied,
                         long closed, long reopened, long receptionDays, long activities, long proposalsLed, int minimum) {

        public Double firstReplyRate() {
            return rate(firstRepliesOnTime, firstReplies, minimum);
        }

        public Double residentReplyRate() {
            return rate(residentRepliesOnTime, residentReplies, minimum);
        }

        public Double satisfactionRate() {
            return rate(satisfied, evaluated, minimum);
        }

        public Double reopenRate() {
            return rate(reopened, closed, minimum);
        }
    }

    /**
     * One department over a year: assignments received, answered (feedback), returned, finished and on time; the cases it
     * worked on, solved (closed) and how the residents evaluated them. 响应率 = feedback / assignments, 解决率 = closed /
     * cases, 满意率 = satisfied or basically satisfied / evaluated.
     */
    public record Department(long id, String name, long assigned, long reported, long returned, long done, long doneOnTime,
                             long cases, long solved, long evaluated, long satisfied, int minimum) {

        public Double responseRate() {
            return rate(reported, assigned, minimum);
        }

        public Double onTimeRate() {
            return rate(doneOnTime, done, minimum);
        }

        public Double solutionRate() {
            return rate(solved, cases, minimum);
        }

        public Double satisfactionRate() {
            return rate(satisfied, evaluated, minimum);
        }
    }
}
