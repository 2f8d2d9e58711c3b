package org.mashang.cases;

/**
 * How a deputy's cases went in a period (cases submitted in it).
 *
 * @param closed             answered one way or another: closed, resolved directly, proposal answered, evaluated
 * @param firstReplies       accepted cases the deputy has replied to
 * @param firstRepliesOnTime of those, replied within the first-reply deadline (working days)
 * @param satisfied          evaluations "satisfied"; {@code basicallySatisfied} and {@code unsatisfied} likewise
 */
public record DeputyFigures(long received, long accepted, long closed, long firstReplies, long firstRepliesOnTime, long evaluated,
                            long satisfied, long basicallySatisfied, long unsatisfied, long reopened) {

    /** Share of first replies made on time, 0–100, or null when there were none. */
    public Double firstReplyOnTimePercent() {
        return firstReplies == 0 ? null : 100.0 * firstRepliesOnTime / firstReplies;
    }

    /** Satisfied or basically satisfied among evaluations, 0–100, or null when there were none. */
    public Double satisfactionPercent() {
        return evaluated == 0 ? null : 100.0 * (satisfied + basicallySatisfied) / evaluated;
    }
}
