package org.mashang.calendar;

/**
 * The urgency class of a case (紧急程度), whose clocks it runs on: suggested by the category, set at review, changeable
 * later with a reason. Names and clock lengths are configured ({@code mashang.urgency.*}, see {@link UrgencyClocks}).
 */
public enum Urgency {
    /** Emergencies and utilities (12345: 2 hours to respond, 24 to handle). */
    URGENT,
    /** The common case: the stages' deadlines of {@code /admin/calendar/deadlines}. */
    NORMAL,
    /** Broad or difficult matters (12345: 15 working days instead of 7). */
    COMPLEX;

    /** The class a form sent, or null when it sent none or a value that is not one. */
    public static Urgency of(String value) {
        try {
            return value == null || value.isBlank() ? null : valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
