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

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The case's state machine (闭环), the one place that says which action may follow which state.
 * Services ask it before every change; anything not in the table is refused with a reason.
 */
public final class CaseLifecycle {

    private static final Map<CaseState, Map<CaseAction, CaseState>> TABLE = new EnumMap<>(CaseState.class);

    static {
        allow(SUBMITTED, ACCEPT, ACCEPTED);
        allow(SUBMITTED, REJECT, REJECTED);
        allow(SUBMITTED, MERGE, MERGED);

        allow(ACCEPTED, REPLY, REPLIED);
        allow(ACCEPTED, RAISE_PROPOSAL, PROPOSAL);

        allow(REPLIED, RESOLVE, RESOLVED);
        allow(REPLIED, REQUEST_DISPATCH, DISPATCH_REQUESTED);
        allow(REPLIED, RAISE_PROPOSAL, PROPOSAL);

        allow(DISPATCH_REQUESTED, DISPATCH, DISPATCHED);
        allow(DISPATCH_REQUESTED, RESOLVE, RESOLVED);
        allow(DISPATCH_REQUESTED, RAISE_PROPOSAL, PROPOSAL);

        // more departments can be added while others are still handling (a return, a wider problem)
        allow(DISPATCHED, DISPATCH, DISPATCHED);
        allow(DISPATCHED, COMPLETE_FEEDBACK, FEEDBACK_RECEIVED);

        allow(FEEDBACK_RECEIVED, REPLY_TO_RESIDENT, CLOSED);
        allow(FEEDBACK_RECEIVED, DISPATCH, DISPATCHED);
        allow(FEEDBACK_RECEIVED, RAISE_PROPOSAL, PROPOSAL);

        allow(CLOSED, EVALUATE, EVALUATED);
        allow(CLOSED, REOPEN, REOPENED);
        allow(RESOLVED, EVALUATE, EVALUATED);
        allow(RESOLVED, REOPEN, REOPENED);

        allow(PROPOSAL, ANSWER_PROPOSAL, PROPOSAL_ANSWERED);
        allow(PROPOSAL_ANSWERED, EVALUATE, EVALUATED);

        // an unsatisfied evaluation sends the case back (重办); the service applies it right after EVALUATE
        allow(EVALUATED, REOPEN, REOPENED);

        allow(REOPENED, REPLY, REPLIED);
        allow(REOPENED, DISPATCH, DISPATCHED);
        allow(REOPENED, RAISE_PROPOSAL, PROPOSAL);
    }

    private CaseLifecycle() {
    }

    private static void allow(CaseState from, CaseAction action, CaseState to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(CaseAction.class)).put(action, to);
    }

    /** @return the state after the action; throws when the action is not allowed now */
    public static CaseState next(CaseState current, CaseAction action) {
        CaseState to = TABLE.getOrDefault(current, Map.of()).get(action);
        if (to == null) {
            throw new IllegalTransitionException("留言当前状态为「" + current.label() + "」，不能" + action.label());
        }
        return to;
    }

    public static boolean allows(CaseState current, CaseAction action) {
        return TABLE.getOrDefault(current, Map.of()).containsKey(action);
    }

    public static Set<CaseAction> allowed(CaseState current) {
        return Collections.unmodifiableSet(TABLE.getOrDefault(current, Map.of()).keySet());
    }

    /** Only the reply to a just-accepted case is the first reply (for its clock); a reply after a reopen does not reset it. */
    public static boolean firstReply(CaseState from, CaseAction action) {
        return action == REPLY && from == ACCEPTED;
    }
}
