package org.mashang.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.mashang.cases.CaseAction;
import org.mashang.cases.CaseLifecycle;
import org.mashang.cases.CaseState;

/**
 * The moments of the loop a case keeps, each set by the action that reaches it: figures and reminders count from them.
 * Null leaves a stamp as it is.
 */
record Stamps(Timestamp acceptedAt, Timestamp firstReplyAt, Timestamp closedAt, Timestamp feedbackDoneAt, Timestamp evaluatedAt,
              boolean reopened) {

    static Stamps of(CaseState from, CaseAction action, CaseState to, Instant now) {
        Timestamp at = Timestamp.from(now);
        return new Stamps(action == CaseAction.ACCEPT ? at : null,
                CaseLifecycle.firstReply(from, action) ? at : null,
                // every answer to the resident, again after a reopen: the evaluation reminders count from the latest
                to.awaitsEvaluation() ? at : null,
                action == CaseAction.COMPLETE_FEEDBACK ? at : null,
                action == CaseAction.EVALUATE ? at : null,
                action == CaseAction.REOPEN);
    }
}
