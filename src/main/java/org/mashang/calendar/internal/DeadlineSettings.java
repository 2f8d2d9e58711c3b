package org.mashang.calendar.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mashang.calendar.Stage;

/**
 * The deadline settings in force: the properties, overridden by what an administrator saved.
 *
 * @param defaults        working days of every stage from the properties
 * @param defaultDueSoon  the warning threshold from the properties
 * @param overrides       what an administrator saved, by stage; the defaults apply to the others
 * @param dueSoonOverride the warning threshold an administrator saved, or null
 */
public record DeadlineSettings(Map<Stage, Integer> defaults, int defaultDueSoon, Map<Stage, Integer> overrides,
                               @Nullable Integer dueSoonOverride) {

    static final int MIN_DAYS = 1;
    static final int MAX_DAYS = 60;
    static final int MAX_DUE_SOON = 10;
    /** The key a saved warning threshold is stored under, beside the stages' names. */
    static final String DUE_SOON = "DUE_SOON";

    public DeadlineSettings {
        defaults = Collections.unmodifiableMap(copy(defaults));
        overrides = Collections.unmodifiableMap(copy(overrides));
    }

    static DeadlineSettings of(DeadlineProperties properties, Map<Stage, Integer> overrides, Integer dueSoonOverride) {
        Map<Stage, Integer> defaults = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            defaults.put(stage, properties.workingDays(stage));
        }
        return new DeadlineSettings(defaults, properties.dueSoon(), overrides, dueSoonOverride);
    }

    public int workingDays(Stage stage) {
        Integer saved = overrides.get(stage);
        return saved != null ? saved : defaults.get(stage);
    }

    public int dueSoon() {
        return dueSoonOverride != null ? dueSoonOverride : defaultDueSoon;
    }

    private static Map<Stage, Integer> copy(Map<Stage, Integer> map) {
        return map.isEmpty() ? new EnumMap<>(Stage.class) : new EnumMap<>(map);
    }
}
