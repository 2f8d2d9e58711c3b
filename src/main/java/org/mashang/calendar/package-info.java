/**
 * The working-day calendar of mainland China and the deadlines counted in it.
 *
 * <p>{@link org.mashang.calendar.WorkingCalendar} answers which days are worked (weekdays, except statutory
 * holidays, plus adjusted working days 调休) and counts working days; {@link org.mashang.calendar.Deadlines}
 * turns the configured number of working days of each {@link org.mashang.calendar.Stage} into a due instant
 * and tells whether a due instant is near or past. The holiday table lives in PostgreSQL, administrators edit
 * it at {@code /admin/calendar}, and every instance keeps an immutable copy in memory that it reloads when
 * the table's version changes.
 */
@NullMarked
package org.mashang.calendar;

import org.jspecify.annotations.NullMarked;
