package org.mashang.calendar;

import lombok.RequiredArgsConstructor;

/** What kind of day a date is in the working calendar. */
@RequiredArgsConstructor
public enum DayKind {
    /** Monday to Friday, not a holiday. */
    WORKDAY("工作日", true),
    /** Saturday or Sunday, not an adjusted working day. */
    WEEKEND("周末", false),
    /** A statutory holiday (法定节假日), a day off whatever the weekday. */
    HOLIDAY("法定节假日", false),
    /** A Saturday or Sunday that is worked to make up for a holiday (调休上班). */
    ADJUSTED_WORKDAY("调休上班", true);

    private final String label;
    private final boolean working;

    public String label() {
        return label;
    }

    public boolean isWorking() {
        return working;
    }

    /** Whether the kind is one an administrator records (the other two follow from the weekday). */
    public boolean isSpecial() {
        return this == HOLIDAY || this == ADJUSTED_WORKDAY;
    }
}
