package org.mashang.cases;

import java.util.function.Predicate;
import lombok.RequiredArgsConstructor;

/** One department's part of a dispatch. */
@RequiredArgsConstructor
public enum AssignmentState {
    HANDLING("办理中"),
    EXTENSION_REQUESTED("申请延期"),
    REPORTED("已反馈"),
    RETURNED("已退回"),
    /** A co-handler still at work when the lead reported or returned: the lead's feedback closed the stage. */
    CLOSED_WITH_LEAD("随主办办结");

    private final String label;

    public String label() {
        return label;
    }

    /** Still with the department. */
    public boolean open() {
        return this == HANDLING || this == EXTENSION_REQUESTED;
    }

    /** The names of the states a rule holds for, to bind in SQL ({@code state = any(:states)}). */
    public static String[] namesWhere(Predicate<AssignmentState> rule) {
        return org.mashang.platform.EnumNames.where(values(), rule);
    }
}
