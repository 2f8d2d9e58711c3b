package org.mashang.calendar.internal;

import java.time.Instant;
import java.util.Optional;
import org.mashang.calendar.ClockLength;
import org.mashang.calendar.Deadlines;
import org.mashang.calendar.Stage;
import org.mashang.calendar.Urgency;
import org.mashang.calendar.UrgencyClocks;
import org.mashang.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/** The urgency classes' clocks over the working calendar: working hours in the working day's hours, or working days. */
@Component
class UrgencyClassClocks implements UrgencyClocks {

    private final UrgencyProperties properties;
    private final WorkingCalendar calendar;
    private final Deadlines deadlines;
    private final WorkingHours hours;

    UrgencyClassClocks(UrgencyProperties properties, CalendarProperties calendarProperties, WorkingCalendar calendar,
                       Deadlines deadlines) {
        this.properties = properties;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.hours = WorkingHours.parse(calendarProperties.workingHours());
    }

    @Override
    public String name(Urgency urgency) {
        return properties.name(urgency);
    }

    @Override
    public Optional<ClockLength> length(Urgency urgency, Stage stage) {
        return properties.length(urgency, stage);
    }

    @Override
    public Instant dueAt(Stage stage, Urgency urgency, Instant start) {
        return length(urgency, stage)
                .map(l -> l.hours() ? hours.deadline(start, l.amount(), calendar::isWorkingDay) : calendar.deadline(start, l.amount()))
                .orElseGet(() -> deadlines.dueAt(stage, start));
    }
}
