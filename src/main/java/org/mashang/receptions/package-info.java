/**
 * Reception days (接待日) of the liaison stations, their duty rosters and the receptions held; deputies' activities
 * (民情恳谈会 and the "5+1" visits into the station, blocks, compounds, chat groups and homes) with attendance,
 * outcomes in figures and the issues raised there, entered as cases; and each deputy's record (履职档案) added up
 * from all of it.
 *
 * <p>Reception days are computed when read, from a station's {@link org.mashang.receptions.ScheduleRules} and the
 * working calendar (a day off moves to the next working day); only the decisions about one day (cancelled, moved,
 * who is on duty) are stored. Other modules read them through {@link org.mashang.receptions.ReceptionSchedule} and
 * deputies' records through {@link org.mashang.receptions.DeputyRecords}.
 */
@NullMarked
package org.mashang.receptions;

import org.jspecify.annotations.NullMarked;
