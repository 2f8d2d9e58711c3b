package org.mashang.proposals;

import java.time.LocalDate;
import org.mashang.calendar.DueState;

/**
 * The handling units' clock (代表法): an answer is due three natural months after assignment, six for broad or difficult
 * proposals. Natural months, not working days; a month without the day ends on its last day (assigned 30 Nov → due 28
 * or 29 Feb). The due date is the last day allowed.
 */
public final class ProposalClock {

    public static final int MONTHS = 3;
    public static final int DIFFICULT_MONTHS = 6;

    private ProposalClock() {
    }

    public static LocalDate dueDate(LocalDate assigned, boolean difficult) {
        return assigned.plusMonths(difficult ? DIFFICULT_MONTHS : MONTHS);
    }

    /** Due soon during the last {@code dueSoonDays} days up to and including the due date; overdue from the day after. */
    public static DueState state(LocalDate due, LocalDate today, int dueSoonDays) {
        if (today.isAfter(due)) {
            return DueState.OVERDUE;
        }
        return today.isAfter(due.minusDays(dueSoonDays)) ? DueState.DUE_SOON : DueState.ON_TIME;
    }

    /** The first day on which a proposal due on {@code due} counts as due soon. */
    public static LocalDate dueSoonFrom(LocalDate due, int dueSoonDays) {
        return due.minusDays(dueSoonDays - 1L);
    }
}
