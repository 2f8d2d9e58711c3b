package org.mashang.cases;

import java.time.LocalDate;

/**
 * Figures computed from cases, for records and reports of other modules. The statistics module provides them from
 * the roll-ups it keeps of the case loop's events, so they take the same time for a deputy with two cases or with a
 * hundred thousand.
 */
public interface CaseFigures {

    /** The deputy's cases received from {@code from} to {@code to}: whole months (China dates, both included). */
    DeputyFigures deputy(long deputyId, LocalDate from, LocalDate to);

    /**
     * The outcomes of the deputy's cases recorded from {@code from} to {@code to} (China dates, both included), summed by
     * indicator and unit; the deputy is the one responsible for the case when the final reply was given.
     */
    java.util.List<org.mashang.platform.Outcome> outcomes(long deputyId, LocalDate from, LocalDate to);
}
