package org.mashang.cases;

import java.time.Instant;
import java.time.LocalDate;
import org.mashang.calendar.DueState;
import org.mashang.calendar.Stage;

/**
 * An open stage of a case against its deadline, as every workbench and the public timeline show it.
 *
 * @param lastDay        the last working day (the deadline is the end of it, Asia/Shanghai)
 * @param departmentName for an assignment, the department's name
 */
public record StageStatus(Stage stage, Instant dueAt, LocalDate lastDay, DueState state, boolean paused, String departmentName,
                          boolean escalated) {

    public String label() {
        return departmentName == null ? stage.label() : departmentName + stage.label();
    }
}
