package org.mashang.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mashang.UnitTest;
import org.mashang.calendar.DueState;

/** Three natural months from assignment, six when difficult; a month without the day ends on its last day. */
@UnitTest
class ProposalClockTests {

    @ParameterizedTest(name = "assigned {0}, difficult {1} → due {2}")
    @CsvSource({
            "2026-11-30, false, 2027-02-28",  // no 30 February: the last day of February
            "2027-11-30, false, 2028-02-29",  // a leap year
            "2026-11-29, false, 2027-02-28",
            "2026-11-28, false, 2027-02-28",
            "2026-03-31, false, 2026-06-30",
            "2026-05-31, false, 2026-08-31",
            "2026-01-15, false, 2026-04-15",
            "2026-10-01, false, 2027-01-01",  // across the year
            "2026-08-31, true, 2027-02-28",   // six months, clamped too
            "2027-08-31, true, 2028-02-29",
            "2026-12-31, true, 2027-06-30",
            "2026-06-15, true, 2026-12-15"})
    void dueDates(LocalDate assigned, boolean difficult, LocalDate due) {
        assertThat(ProposalClock.dueDate(assigned, difficult)).isEqualTo(due);
    }

    @Test
    void dueSoonDuringTheLastDaysAndOverdueFromTheDayAfter() {
        LocalDate due = LocalDate.of(2027, 2, 28);
        assertThat(ProposalClock.state(due, LocalDate.of(2027, 2, 13), 15)).isEqualTo(DueState.ON_TIME);
        assertThat(ProposalClock.state(due, LocalDate.of(2027, 2, 14), 15)).isEqualTo(DueState.DUE_SOON);
        assertThat(ProposalClock.dueSoonFrom(due, 15)).isEqualTo(LocalDate.of(2027, 2, 14));
        assertThat(ProposalClock.state(due, due, 15)).isEqualTo(DueState.DUE_SOON);
        assertThat(ProposalClock.state(due, LocalDate.of(2027, 3, 1), 15)).isEqualTo(DueState.OVERDUE);
    }
}
