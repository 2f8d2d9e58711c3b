package org.mashang.cases;

import org.jspecify.annotations.Nullable;

/** What a department's step records on its assignment besides the state; null leaves a field as it is. */
public record AssignmentUpdate(String feedback, String returnReason, @Nullable Integer extensionDays, String extensionReason) {

    public static final AssignmentUpdate NONE = new AssignmentUpdate(null, null, null, null);

    public static AssignmentUpdate reported(String feedback) {
        return new AssignmentUpdate(feedback, null, null, null);
    }

    public static AssignmentUpdate returned(String reason) {
        return new AssignmentUpdate(null, reason, null, null);
    }

    public static AssignmentUpdate extensionAsked(int days, String reason) {
        return new AssignmentUpdate(null, null, days, reason);
    }
}
