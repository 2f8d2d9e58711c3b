package org.mashang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mashang.calendar.internal.WorkingCalendarTests.at;
import static org.mashang.calendar.internal.WorkingCalendarTests.endOf;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.calendar.DueState;
import org.mashang.calendar.Stage;

/** Stage deadlines, the due-soon warning and the settings that override the properties. */
@UnitTest
class DeadlineRulesTests {

    static final DeadlineProperties DEFAULTS = new DeadlineProperties(1, 3, 10, 15, 1);

    static CalendarSnapshot rules(Map<Stage, Integer> overrides, Integer dueSoon) {
        return new CalendarSnapshot(1, ShippedHolidays.calendar(), DeadlineSettings.of(DEFAULTS, overrides, dueSoon));
    }

    @Test
    void theDefaultsAreThoseOfTheBrief() {
        var rules = rules(Map.of(), null);
        assertThat(rules.workingDays(Stage.REVIEW)).isEqualTo(1);
        assertThat(rules.workingDays(Stage.FIRST_REPLY)).isEqualTo(3);
        assertThat(rules.workingDays(Stage.ASSIGNMENT)).isEqualTo(10);
        assertThat(rules.workingDays(Stage.RESIDENT_REPLY)).isEqualTo(15);
        assertThat(rules.dueSoonDays()).isEqualTo(1);
        for (Stage stage : Stage.values()) {
            assertThat(rules.workingDays(stage)).isEqualTo(stage.defaultWorkingDays());
        }
    }

    @Test
    void eachStageCountsItsWorkingDays() {
        var rules = rules(Map.of(), null);
        // submitted on the evening of Friday 26 Sep 2025: review by the end of the adjusted Sunday
        assertThat(rules.dueAt(Stage.REVIEW, at("2025-09-26T19:00"))).isEqualTo(endOf("2025-09-28"));
        // accepted Tuesday 30 Sep 2025 morning: Tue, Thu 9 Oct, Fri 10 Oct
        assertThat(rules.dueAt(Stage.FIRST_REPLY, at("2025-09-30T09:00"))).isEqualTo(endOf("2025-10-10"));
        // dispatched on a holiday
        assertThat(rules.dueAt(Stage.ASSIGNMENT, at("2025-10-02T11:00"))).isEqualTo(endOf("2025-10-21"));
        assertThat(rules.dueAt(Stage.RESIDENT_REPLY, at("2025-09-30T15:00"))).isEqualTo(endOf("2025-10-27"));
    }

    @Test
    void savedSettingsOverrideTheProperties() {
        var rules = rules(Map.of(Stage.FIRST_REPLY, 5), 2);
        assertThat(rules.workingDays(Stage.FIRST_REPLY)).isEqualTo(5);
        assertThat(rules.workingDays(Stage.REVIEW)).isEqualTo(1);
        assertThat(rules.dueSoonDays()).isEqualTo(2);
        assertThat(rules.settings().defaults().get(Stage.FIRST_REPLY)).isEqualTo(3);
    }

    @Test
    void aStageIsDueSoonOnItsLastWorkingDaysAndOverdueAtTheEndOfIt() {
        Instant due = endOf("2025-09-29"); // a Monday, after the adjusted Sunday 28
        var oneDay = rules(Map.of(), 1);
        assertThat(oneDay.warnAt(due)).isEqualTo(at("2025-09-29T00:00"));
        assertThat(oneDay.dueState(due, at("2025-09-28T12:00"))).isEqualTo(DueState.ON_TIME);
        assertThat(oneDay.dueState(due, at("2025-09-29T00:00"))).isEqualTo(DueState.DUE_SOON);
        assertThat(oneDay.dueState(due, at("2025-09-29T23:59:59"))).isEqualTo(DueState.DUE_SOON);
        assertThat(oneDay.dueState(due, at("2025-09-30T00:00"))).isEqualTo(DueState.OVERDUE);
        // two days: from the working day before the last one, here the adjusted Sunday
        var twoDays = rules(Map.of(), 2);
        assertThat(twoDays.warnAt(due)).isEqualTo(at("2025-09-28T00:00"));
        assertThat(twoDays.dueState(due, at("2025-09-28T12:00"))).isEqualTo(DueState.DUE_SOON);
        assertThat(twoDays.dueState(due, at("2025-09-27T12:00"))).isEqualTo(DueState.ON_TIME);
        // the warning of a deadline right after National Day starts before the holiday
        Instant afterHoliday = endOf("2025-10-09");
        assertThat(twoDays.warnAt(afterHoliday)).isEqualTo(at("2025-09-30T00:00"));
        assertThat(twoDays.dueState(afterHoliday, at("2025-10-05T10:00"))).isEqualTo(DueState.DUE_SOON);
        // no warning
        var none = rules(Map.of(), 0);
        assertThat(none.warnAt(due)).isEqualTo(due);
        assertThat(none.dueState(due, at("2025-09-29T23:00"))).isEqualTo(DueState.ON_TIME);
    }

    @Test
    void labelsAreChinese() {
        assertThat(DueState.OVERDUE.label()).isEqualTo("已逾期");
        assertThat(DueState.DUE_SOON.label()).isEqualTo("即将到期");
        assertThat(Stage.FIRST_REPLY.label()).isEqualTo("代表首次答复");
    }
}
