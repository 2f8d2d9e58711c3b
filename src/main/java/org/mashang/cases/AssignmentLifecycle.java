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

import java.util.EnumMap;
import java.util.Map;

/** The state machine of one department's assignment: handling → feedback | returned | extension. */
public final class AssignmentLifecycle {

    private static final Map<AssignmentState, Map<AssignmentAction, AssignmentState>> TABLE = new EnumMap<>(AssignmentState.class);

    static {
        allow(HANDLING, REPORT, REPORTED);
        allow(HANDLING, RETURN, RETURNED);
        allow(HANDLING, REQUEST_EXTENSION, EXTENSION_REQUESTED);
        allow(EXTENSION_REQUESTED, GRANT_EXTENSION, HANDLING);
        allow(EXTENSION_REQUESTED, DENY_EXTENSION, HANDLING);
        // the work may be done before the dispatcher answers the request
        allow(EXTENSION_REQUESTED, REPORT, REPORTED);
        // the lead's feedback (or return) closes the department stage for its co-handlers still at work
        allow(HANDLING, AssignmentAction.CLOSE_WITH_LEAD, AssignmentState.CLOSED_WITH_LEAD);
        allow(EXTENSION_REQUESTED, AssignmentAction.CLOSE_WITH_LEAD, AssignmentState.CLOSED_WITH_LEAD);
    }

    private AssignmentLifecycle() {
    }

    private static void allow(AssignmentState from, AssignmentAction action, AssignmentState to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(AssignmentAction.class)).put(action, to);
    }

    public static AssignmentState next(AssignmentState current, AssignmentAction action) {
        AssignmentState to = TABLE.getOrDefault(current, Map.of()).get(action);
        if (to == null) {
            throw new IllegalTransitionException("交办任务当前状态为「" + current.label() + "」，不能" + action.label());
        }
        return to;
    }

    public static boolean allows(AssignmentState current, AssignmentAction action) {
        return TABLE.getOrDefault(current, Map.of()).containsKey(action);
    }
}
