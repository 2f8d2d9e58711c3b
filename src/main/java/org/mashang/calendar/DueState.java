package org.mashang.calendar;

/** Where an open stage stands against its deadline. */
public enum DueState {
    ON_TIME("正常", "ok"),
    DUE_SOON("即将到期", "warn"),
    OVERDUE("已逾期", "bad");

    private final String label;
    private final String badge;

    DueState(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    /** The CSS badge class pages show the state with ({@code badge ok|warn|bad}). */
    public String badge() {
        return badge;
    }
}
