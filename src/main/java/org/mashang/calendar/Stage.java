package org.mashang.calendar;

import lombok.RequiredArgsConstructor;

/** A stage of a case that has a deadline counted in working days. */
@RequiredArgsConstructor
public enum Stage {
    /** Staff review a new message; counted from submission. */
    REVIEW("审核", 1),
    /** The deputy's first reply; counted from acceptance. */
    FIRST_REPLY("代表首次答复", 3),
    /** One department's assignment; counted from dispatch, extendable by the dispatcher. */
    ASSIGNMENT("部门办理", 10),
    /** The deputy's reply to the resident; counted from the last department feedback. */
    RESIDENT_REPLY("答复群众", 15);

    private final String label;
    private final int defaultWorkingDays;

    public String label() {
        return label;
    }

    /** The number of working days when neither the properties nor an administrator say otherwise. */
    public int defaultWorkingDays() {
        return defaultWorkingDays;
    }
}
