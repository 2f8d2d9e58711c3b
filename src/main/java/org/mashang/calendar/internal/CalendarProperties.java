package org.mashang.calendar.internal;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * @param cutOff          a message received on a working day at or after this time counts from the next
 *                        working day (office hours end)
 * @param workingHours    the hours of a working day, in which clocks set in working hours run (an urgent case's):
 *                        periods like {@code 08:30-12:00,14:00-17:30}
 * @param refreshInterval how often each instance checks whether the holiday table or the deadline settings
 *                        changed (another instance's administrator may have changed them)
 */
@ConfigurationProperties("mashang.calendar")
record CalendarProperties(
        @DefaultValue("17:30") @DateTimeFormat(pattern = "H:mm") LocalTime cutOff,
        @DefaultValue("30s") Duration refreshInterval,
        @DefaultValue("08:30-12:00,14:00-17:30") String workingHours) {
}
