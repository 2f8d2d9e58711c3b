package org.mashang.cases;

import static org.mashang.cases.CaseAction.ACCEPT;
import static org.mashang.cases.CaseAction.ANSWER_PROPOSAL;
import static org.mashang.cases.CaseAction.COMPLETE_FEEDBACK;
import static org.mashang.cases.CaseAction.DISPATCH;
import static org.mashang.cases.CaseAction.EVALUATE;
import static org.mashang.cases.CaseAction.MERGE;
import static org.mashang.cases.CaseAction.RAISE_PROPOSAL;
import static org.mashang.cases.CaseAction.REJECT;
import static org.mashang.cases.CaseAction.REOPEN;
import static org.mashang.cases.CaseAction.REPLY;
import static org.mashang.cases.CaseAction.REPLY_TO_RESIDENT;
import static org.mashang.cases.CaseAction.REQUEST_DISPATCH;
import static org.mashang.cases.CaseAction.RESOLVE;
import static org.mashang.cases.CaseState.ACCEPTED;
import static org.mashang.cases.CaseState.CLOSED;
import static org.mashang.cases.CaseState.DISPATCHED;
import static org.mashang.cases.CaseState.DISPATCH_REQUESTED;
import static org.mashang.cases.CaseState.EVALUATED;
import static org.mashang.cases.CaseState.FEEDBACK_RECEIVED;
import static org.mashang.cases.CaseState.MERGED;
import static org.mashang.cases.CaseState.PROPOSAL;
import static org.mashang.cases.CaseState.PROPOSAL_ANSWERED;
import static org.mashang.cases.CaseState.REJECTED;
import static org.mashang.cases.CaseState.REOPENED;
import static org.mashang.cases.CaseState.REPLIED;
import static org.mashang.cases.CaseState.RESOLVED;
import static org.mashang.cases.CaseState.SUBMITTED;

import java.util.Set;
import org.mashang.platform.Transitions;

/**
 * The case's state machine (闭环), the one place that says which action may follow which state.
 * Services ask it before every change; anything not in the table is refused with a reason.
 */
public final class CaseLifecycle {

    private static final Transitions<CaseState, CaseAction> TABLE =
            new Transitions<>(CaseState.class, CaseAction.class);

    static {
        TABLE.allow(SUBMITTED, ACCEPT, ACCEPTED);
        TABLE.allow(SUBMITTED, REJECT, REJECTED);
        TABLE.allow(SUBMITTED, MERGE, MERGED);

        TABLE.allow(ACCEPTED, REPLY, REPLIED);
        TABLE.allow(ACCEPTED, RAISE_PROPOSAL, PROPOSAL);

        TABLE.allow(REPLIED, RESOLVE, RESOLVED);
        TABLE.allow(REPLIED, REQUEST_DISPATCH, DISPATCH_REQUESTED);
        TABLE.allow(REPLIED, RAISE_PROPOSAL, PROPOSAL);

        TABLE.allow(DISPATCH_REQUESTED, DISPATCH, DISPATCHED);
        TABLE.allow(DISPATCH_REQUESTED, RESOLVE, RESOLVED);
        TABLE.allow(DISPATCH_REQUESTED, RAISE_PROPOSAL, PROPOSAL);

        // more departments can be added while others are still handling (a return, a wider problem)
        TABLE.allow(DISPATCHED, DISPATCH, DISPATCHED);
        TABLE.allow(DISPATCHED, COMPLETE_FEEDBACK, FEEDBACK_RECEIVED);

        TABLE.allow(FEEDBACK_RECEIVED, REPLY_TO_RESIDENT, CLOSED);
        TABLE.allow(FEEDBACK_RECEIVED, DISPATCH, DISPATCHED);
        TABLE.allow(FEEDBACK_RECEIVED, RAISE_PROPOSAL, PROPOSAL);

        TABLE.allow(CLOSED, EVALUATE, EVALUATED);
        TABLE.allow(CLOSED, REOPEN, REOPENED);
        TABLE.allow(RESOLVED, EVALUATE, EVALUATED);
        TABLE.allow(RESOLVED, REOPEN, REOPENED);

        TABLE.allow(PROPOSAL, ANSWER_PROPOSAL, PROPOSAL_ANSWERED);
        TABLE.allow(PROPOSAL_ANSWERED, EVALUATE, EVALUATED);

        // an unsatisfied evaluation sends the case back (重办); the service applies it right after EVALUATE
        TABLE.allow(EVALUATED, REOPEN, REOPENED);

        TABLE.allow(REOPENED, REPLY, REPLIED);
        TABLE.allow(REOPENED, DISPATCH, DISPATCHED);
        TABLE.allow(REOPENED, RAISE_PROPOSAL, PROPOSAL);
    }

    private CaseLifecycle() {
    }

    /** @return the state after the action; throws when the action is not allowed now */
    public static CaseState next(CaseState current, CaseAction action) {
        return TABLE.after(current, action).orElseThrow(() ->
                new IllegalTransitionException("留言当前状态为「" + current.label() + "」，不能" + action.label()));
    }

    public static boolean allows(CaseState current, CaseAction action) {
        return TABLE.allows(current, action);
    }

    public static Set<CaseAction> allowed(CaseState current) {
        return TABLE.allowed(current);
    }

    /** Only the reply to a just-accepted case is the first reply (for its clock); a reply after a reopen does not reset it. */
    public static boolean firstReply(CaseState from, CaseAction action) {
        return action == REPLY && from == ACCEPTED;
    }
}
