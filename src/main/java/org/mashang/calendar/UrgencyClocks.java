package org.mashang.calendar;

import java.time.Instant;
import java.util.Optional;

/**
 * The clocks of each {@link Urgency} class: its name, and for each {@link Stage} its length when the class sets one (the
 * stage's deadline of {@link Deadlines} otherwise). Configured by {@code mashang.urgency.classes.<class>.name} and
 * {@code mashang.urgency.classes.<class>.<stage>} = {@code 2h} (working hours, in the working day's hours
 * {@code mashang.calendar.working-hours}) or {@code 3d} (working days).
 */
public interface UrgencyClocks {

    /** The class's name as configured: 紧急, 一般, 复杂 by default. */
    String name(Urgency urgency);

    /** Each class's key and name, in order, for the forms that set or change a case's class. */
    default java.util.List<java.util.Map.Entry<String, String>> choices() {
        return java.util.Arrays.stream(Urgency.values()).map(u -> java.util.Map.entry(u.name(), name(u))).toList();
    }

    /** The length the class sets for a stage, if it sets one. */
    Optional<ClockLength> length(Urgency urgency, Stage stage);

    /** When a stage of a case of this class that starts at {@code start} is due. */
    Instant dueAt(Stage stage, Urgency urgency, Instant start);
}
