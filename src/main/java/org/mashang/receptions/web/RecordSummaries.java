package org.mashang.receptions.web;

import org.mashang.receptions.DeputyRecord;
import org.mashang.receptions.DeputyRecords;
import org.mashang.receptions.internal.ScheduleService;
import org.springframework.stereotype.Component;

/**
 * This year's record of a deputy for their public page, which lives in another module: its template sets
 * {@code record=${@deputyRecords.thisYear(deputy.id)}} with {@code th:with} and includes
 * {@code receptions/parts :: summary(${record})}.
 */
@Component("deputyRecords")
class RecordSummaries {

    private final DeputyRecords records;
    private final ScheduleService schedule;

    RecordSummaries(DeputyRecords records, ScheduleService schedule) {
        this.records = records;
        this.schedule = schedule;
    }

    public DeputyRecord thisYear(long deputyId) {
        return records.of(deputyId, schedule.today().getYear());
    }
}
