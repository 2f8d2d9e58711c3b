package org.mashang.cases;

import java.time.LocalDate;

/** Figures computed from cases, for records and reports of other modules. */
public interface CaseFigures {

    /** The deputy's cases submitted from {@code from} to {@code to} (both included, China dates). */
    DeputyFigures deputy(long deputyId, LocalDate from, LocalDate to);
}
