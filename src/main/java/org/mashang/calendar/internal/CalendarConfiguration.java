package org.mashang.calendar.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Each instance checks on a timer whether the calendar tables changed ({@link CalendarCache#refreshIfChanged()}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CalendarConfiguration {
}
