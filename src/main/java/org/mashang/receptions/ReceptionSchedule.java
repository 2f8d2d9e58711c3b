package org.mashang.receptions;

import java.time.LocalDate;
import java.util.List;

/** The reception days of stations and who is on duty, for pages and other modules (reminders …). */
public interface ReceptionSchedule {

    /** The station's rules, or {@link ScheduleRules#DEFAULT} when nobody has changed them. */
    ScheduleRules rules(long stationId);

    /**
     * The station's reception days held from {@code from} to {@code to} (both included) in order of date, and those
     * cancelled whose day lies in that range. At most about a year at a time.
     */
    List<ReceptionDay> days(long stationId, LocalDate from, LocalDate to);

    /** The reception days of the deputy's station from {@code from} to {@code to} that the deputy is on duty for. */
    List<ReceptionDay> dutyDays(long deputyId, LocalDate from, LocalDate to);
}
