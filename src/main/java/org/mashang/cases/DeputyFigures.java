package org.mashang.cases;

import org.jspecify.annotations.Nullable;

/**
 * How a deputy's cases went in a period (cases submitted in it), counted as the dashboard counts them.
 *
 * @param closed             answered one way or another (closed, resolved directly, proposal answered), counted once
 *                           at the first answer, also when the case was reopened since
 * @param firstReplies       first-reply stages the deputy completed (a reopened case starts another)
 * @param firstRepliesOnTime of those, completed before the stage's deadline (working days, pauses added)
 * @param evaluated          cases with an evaluation; {@code satisfied}, {@code basicallySatisfied} and {@code unsatisfied}
 *                           count each case's latest evaluation
 * @param reopened           cases reopened at least once
 */
public record DeputyFigures(long received, long accepted, long closed, long firstReplies, long firstRepliesOnTime, long evaluated,
                            long satisfied, long basicallySatisfied, long unsatisfied, long reopened) {

    /** Share of first replies made on time, 0–100, or null when there were none. */
    public @Nullable Double firstReplyOnTimePercent() {
        return firstReplies == 0 ? null : 100.0 * firstRepliesOnTime / firstReplies;
    }

    /** Satisfied or basically satisfied among evaluations, 0–100, or null when there were none. */
    public @Nullable Double satisfactionPercent() {
        return evaluated == 0 ? null : 100.0 * (satisfied + basicallySatisfied) / evaluated;
    }
}
