package org.mashang.calendar;

import lombok.RequiredArgsConstructor;

/** Where an open stage stands against its deadline. */
@RequiredArgsConstructor
public enum DueState {
    ON_TIME("正常", "ok"),
    DUE_SOON("即将到期", "warn"),
    OVERDUE("已逾期", "bad");

    private final String label;
    private final String badge;

    public String label() {
        return label;
    }

    /** The CSS badge class pages show the state with ({@code badge ok|warn|bad}). */
    public String badge() {
        return badge;
    }
}
