package org.mashang.cases;

import static org.mashang.cases.AssignmentAction.DENY_EXTENSION;
import static org.mashang.cases.AssignmentAction.GRANT_EXTENSION;
import static org.mashang.cases.AssignmentAction.REPORT;
import static org.mashang.cases.AssignmentAction.REQUEST_EXTENSION;
import static org.mashang.cases.AssignmentAction.RETURN;
import static org.mashang.cases.AssignmentState.EXTENSION_REQUESTED;
import static org.mashang.cases.AssignmentState.HANDLING;
import static org.mashang.cases.AssignmentState.REPORTED;
import static org.mashang.cases.AssignmentState.RETURNED;

import org.mashang.platform.Transitions;

/** The state machine of one department's assignment: handling → feedback | returned | extension. */
public final class AssignmentLifecycle {

    private static final Transitions<AssignmentState, AssignmentAction> TABLE =
            new Transitions<>(AssignmentState.class, AssignmentAction.class);

    static {
        TABLE.allow(HANDLING, REPORT, REPORTED);
        TABLE.allow(HANDLING, RETURN, RETURNED);
        TABLE.allow(HANDLING, REQUEST_EXTENSION, EXTENSION_REQUESTED);
        TABLE.allow(EXTENSION_REQUESTED, GRANT_EXTENSION, HANDLING);
        TABLE.allow(EXTENSION_REQUESTED, DENY_EXTENSION, HANDLING);
        // the work may be done before the dispatcher answers the request
        TABLE.allow(EXTENSION_REQUESTED, REPORT, REPORTED);
        // the lead's feedback (or return) closes the department stage for its co-handlers still at work
        TABLE.allow(HANDLING, AssignmentAction.CLOSE_WITH_LEAD, AssignmentState.CLOSED_WITH_LEAD);
        TABLE.allow(EXTENSION_REQUESTED, AssignmentAction.CLOSE_WITH_LEAD, AssignmentState.CLOSED_WITH_LEAD);
    }

    private AssignmentLifecycle() {
    }

    public static AssignmentState next(AssignmentState current, AssignmentAction action) {
        return TABLE.after(current, action).orElseThrow(() ->
                new IllegalTransitionException("交办任务当前状态为「" + current.label() + "」，不能" + action.label()));
    }

    public static boolean allows(AssignmentState current, AssignmentAction action) {
        return TABLE.allows(current, action);
    }
}
