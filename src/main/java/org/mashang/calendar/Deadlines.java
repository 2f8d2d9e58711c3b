package org.mashang.calendar;

import java.time.Instant;

/**
 * Deadlines of the stages of a case, in working days of the {@link WorkingCalendar}. The number of working
 * days of each stage and the warning threshold come from the properties {@code mashang.deadlines.*}
 * (defaults: review 1, first reply 3, assignment 10, reply to the resident 15, due soon 1) unless an
 * administrator has changed them at {@code /admin/calendar/deadlines}.
 */
public interface Deadlines {

    /** The working days a stage is allowed now. */
    int workingDays(Stage stage);

    /**
     * A stage is due soon during its last {@code dueSoonDays()} working days (the last day included), so with
     * 1 it is due soon from 00:00 of its last day. 0 turns the warning off.
     */
    int dueSoonDays();

    /** The deadline of a stage that starts at {@code start}: {@link WorkingCalendar#deadline(Instant, int)}. */
    Instant dueAt(Stage stage, Instant start);

    /**
     * When a stage due at {@code due} becomes due soon: 00:00 (China) of the {@code dueSoonDays()}th working
     * day counting back from its last day (that day being the first); {@code due} itself when warnings are off.
     */
    Instant warnAt(Instant due);

    /** Overdue from {@code due} on, due soon from {@link #warnAt(Instant)} on, on time before. */
    DueState dueState(Instant due, Instant now);
}
