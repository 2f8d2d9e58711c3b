package org.mashang.calendar.internal;

import java.util.Map;
import java.util.Optional;
import org.mashang.calendar.ClockLength;
import org.mashang.calendar.Stage;
import org.mashang.calendar.Urgency;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The urgency classes as configured under {@code mashang.urgency.classes.<urgent|normal|complex>.*}: each setting overrides the
 * default of {@link #DEFAULTS}; a stage's length set to blank makes the class follow the stage's deadline setting.
 * Checked at start-up: a length that is not like {@code 2h} or {@code 3d} stops the application with the reason.
 */
@ConfigurationProperties("mashang.urgency")
record UrgencyProperties(Map<Urgency, ClassSettings> classes) {

    /** The 12345 practice: 2 hours for emergencies, a day for utilities; complex matters 15 working days. */
    static final Map<Urgency, ClassSettings> DEFAULTS = Map.of(
            Urgency.URGENT, new ClassSettings("紧急", "2h", "2h", "1d", "1d"),
            Urgency.NORMAL, new ClassSettings("一般", "", "", "", ""),
            Urgency.COMPLEX, new ClassSettings("复杂", "", "", "15d", ""));

    UrgencyProperties {
        classes = classes == null ? Map.of() : Map.copyOf(classes);
        for (Urgency u : Urgency.values()) {
            for (Stage stage : Stage.values()) {
                length(u, stage, classes); // fails fast on a bad length
            }
        }
    }

    /**
     * One class's settings; null means "the default", blank for a stage means "the stage's deadline setting".
     *
     * @param name the class's name as staff read it
     */
    record ClassSettings(String name, String review, String firstReply, String assignment, String residentReply) {

        String of(Stage stage) {
            return switch (stage) {
                case REVIEW -> review;
                case FIRST_REPLY -> firstReply;
                case ASSIGNMENT -> assignment;
                case RESIDENT_REPLY -> residentReply;
            };
        }
    }

    String name(Urgency urgency) {
        ClassSettings set = classes.get(urgency);
        return set != null && set.name() != null && !set.name().isBlank() ? set.name().strip() : DEFAULTS.get(urgency).name();
    }

    Optional<ClockLength> length(Urgency urgency, Stage stage) {
        return Optional.ofNullable(length(urgency, stage, classes));
    }

    private static ClockLength length(Urgency urgency, Stage stage, Map<Urgency, ClassSettings> classes) {
        ClassSettings set = classes.get(urgency);
        String text = set != null && set.of(stage) != null ? set.of(stage) : DEFAULTS.get(urgency).of(stage);
        try {
            return ClockLength.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mashang.urgency.classes." + urgency.name().toLowerCase(java.util.Locale.ROOT) + "."
                    + stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ": " + e.getMessage(), e);
        }
    }
}
