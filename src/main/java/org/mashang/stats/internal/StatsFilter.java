package org.mashang.stats.internal;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a report covers: cases received from {@code from} to {@code to} (months, both included), in one street or
 * the user's whole region, optionally one station, deputy or department.
 */
public record StatsFilter(YearMonth from, YearMonth to, Long streetId, Long stationId, Long deputyId, Long departmentId) {

    LocalDate firstDay() {
        return from.atDay(1);
    }

    /** The first day after the period. */
    LocalDate endDay() {
        return to.plusMonths(1).atDay(1);
    }
}
