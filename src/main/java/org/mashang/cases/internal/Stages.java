package org.mashang.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mashang.calendar.Deadlines;
import org.mashang.calendar.DueState;
import org.mashang.cases.StageCompleted;
import org.mashang.cases.StageStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.mashang.calendar.Stage;
import org.mashang.calendar.Urgency;
import org.mashang.calendar.UrgencyClocks;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.cases.CaseState;
import org.mashang.platform.Zones;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The clocks of a case. Which case-level stage runs is a function of the case's state (see {@link CaseState#clockedStage});
 * each department assignment has its own clock. Callers hold the case row lock.
 */
@Component
public class Stages {

    /** The stage columns of a row that also names the department. */
    private static final DataClassRowMapper<StageRow> ROW = new DataClassRowMapper<>(StageRow.class);

    private final JdbcClient jdbc;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final UrgencyClocks classes;

    private final CaseUrgencyLookup urgencies;

    Stages(JdbcClient jdbc, Deadlines deadlines, WorkingCalendar calendar, ApplicationEventPublisher events, UrgencyClocks classes,
           CaseUrgencyLookup urgencies) {
        this.classes = classes;
        this.urgencies = urgencies;
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.events = events;
    }

    /** Keeps the case-level clock in step with a change of state: stop the old stage's clock, start the new one's. */
    public void onTransition(long caseId, CaseState from, CaseState to, Instant now) {
        Optional<Stage> before = from == null ? Optional.empty() : from.clockedStage();
        Optional<Stage> after = to.clockedStage();
        if (before.equals(after) && from != null) {
            return;
        }
        if (from != null) {
            // a case just stored has no clock to stop
            complete(jdbc.sql("""
                        update case_stage set completed_at = :now where case_id = :c and assignment_id is null and completed_at is null
                        returning *""").param("now", ts(now)).param("c", caseId).query(StageRow.class).list());
        }
        after.ifPresent(stage -> open(caseId, stage, null, now, classes.dueAt(stage, urgency(caseId), now)));
    }

    /** The case's urgency class, whose clocks it runs on. */
    Urgency urgency(long caseId) {
        return urgencies.of(caseId);
    }

    /** The name of an urgency class as configured (紧急, 一般, 复杂). */
    public String className(Urgency urgency) {
        return classes.name(urgency);
    }

    /**
     * The case's urgency class changed: the open case-level clock now runs to the new class's deadline counted from when
     * the stage started; warnings and escalation are owed again when that is still ahead. Assignments keep the day the
     * dispatcher chose (the dispatcher extends or dispatches again).
     *
     * @return the new deadline, or empty when no case-level clock runs
     */
    public Optional<Instant> reclock(long caseId, Urgency urgency, Instant now) {
        return openOfCase(caseId).map(row -> {
            Instant due = classes.dueAt(row.stage(), urgency, row.startedAt());
            boolean ahead = now.isBefore(due);
            jdbc.sql("""
                            update case_stage set due_at = :due, warn_at = :warn,
                                   warned_at = case when :ahead then null else warned_at end,
                                   escalated_at = case when :ahead then null else escalated_at end
                            where id = :id""")
                    .param("due", ts(due)).param("warn", ts(deadlines.warnAt(due))).param("ahead", ahead).param("id", row.id())
                    .update();
            return due;
        });
    }

    /** An assignment's clock, due at the end of the day the dispatcher chose. */
    public void openAssignment(long caseId, long assignmentId, Instant now, LocalDate lastDay) {
        open(caseId, Stage.ASSIGNMENT, assignmentId, now, endOf(lastDay));
    }

    public void completeAssignment(long assignmentId, Instant now) {
        complete(jdbc.sql("update case_stage set completed_at = :now where assignment_id = :a and completed_at is null returning *")
                .param("now", ts(now)).param("a", assignmentId).query(StageRow.class).list());
    }

    private void complete(List<StageRow> ended) {
        ended.forEach(r -> events.publishEvent(
                new StageCompleted(r.caseId(), r.stage(), r.assignmentId(), r.startedAt(), r.dueAt(), r.completedAt())));
    }

    /**
     * Moves an assignment's deadline (an extension granted): warnings and escalation are owed again for the new
     * deadline.
     *
     * @return the new last day
     */
    public LocalDate extendAssignment(long assignmentId, int workingDays) {
        StageRow row = openOfAssignment(assignmentId).orElseThrow();
        Instant due = calendar.extend(row.dueAt(), workingDays);
        jdbc.sql("""
                        update case_stage set due_at = :due, warn_at = :warn, warned_at = null, escalated_at = null
                        where id = :id""")
                .param("due", ts(due)).param("warn", ts(deadlines.warnAt(due))).param("id", row.id()).update();
        return WorkingCalendar.lastDayOf(due);
    }

    /** Stops the case-level clock (waiting on the resident …); returns false when no clock runs or it is already paused. */
    public boolean pause(long caseId, String reason, Instant now) {
        return jdbc.sql("""
                        update case_stage set paused_at = :now, pause_reason = :reason
                        where case_id = :c and assignment_id is null and completed_at is null and paused_at is null""")
                .param("now", ts(now)).param("reason", reason).param("c", caseId).update() > 0;
    }

    /**
     * Restarts a paused clock: the deadline moves on by the working days the pause lasted.
     *
     * @return the new last day, or empty when no clock was paused
     */
    public Optional<LocalDate> resume(long caseId, Instant now) {
        Optional<StageRow> paused = openOfCase(caseId).filter(r -> r.pausedAt() != null);
        paused.ifPresent(row -> {
            int lost = Math.max(0, calendar.workingDaysBetween(day(row.pausedAt()), day(now)));
            Instant due = lost == 0 ? row.dueAt() : calendar.extend(row.dueAt(), lost);
            boolean stillAhead = now.isBefore(due);
            jdbc.sql("""
                            update case_stage set paused_at = null, pause_reason = null, due_at = :due, warn_at = :warn,
                                   warned_at = case when :ahead then null else warned_at end,
                                   escalated_at = case when :ahead then null else escalated_at end
                            where id = :id""")
                    .param("due", ts(due)).param("warn", ts(deadlines.warnAt(due))).param("ahead", stillAhead)
                    .param("id", row.id()).update();
        });
        return paused.map(row -> WorkingCalendar.lastDayOf(find(row.id()).dueAt()));
    }

    public Optional<StageRow> openOfCase(long caseId) {
        return jdbc.sql("select * from case_stage where case_id = :c and assignment_id is null and completed_at is null")
                .param("c", caseId).query(StageRow.class).optional();
    }

    Optional<StageRow> openOfAssignment(long assignmentId) {
        return jdbc.sql("select * from case_stage where assignment_id = :a and completed_at is null")
                .param("a", assignmentId).query(StageRow.class).optional();
    }

    /** Open stages of many cases at once, most urgent first, with the department of each assignment. */
    public Map<Long, List<Open>> openOf(Collection<Long> caseIds) {
        Map<Long, List<Open>> byCase = new HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        jdbc.sql("""
                        select s.*, a.department_name from case_stage s left join assignment a on a.id = s.assignment_id
                        where s.case_id in (:ids) and s.completed_at is null order by s.due_at""")
                .param("ids", caseIds)
                .query((rs, n) -> new Open(ROW.mapRow(rs, n), rs.getString("department_name"))).list()
                .forEach(o -> byCase.computeIfAbsent(o.row().caseId(), k -> new java.util.ArrayList<>()).add(o));
        return byCase;
    }

    /** Open stages against their deadlines, most urgent first; a paused clock counts as on time. */
    public Map<Long, List<StageStatus>> statuses(Collection<Long> caseIds, Instant now) {
        Map<Long, List<StageStatus>> out = new HashMap<>();
        openOf(caseIds).forEach((caseId, open) -> out.put(caseId, open.stream().map(o -> status(o, now)).toList()));
        return out;
    }

    public StageStatus status(Open o, Instant now) {
        StageRow r = o.row();
        DueState state = r.pausedAt() != null ? DueState.ON_TIME : deadlines.dueState(r.dueAt(), now);
        return new StageStatus(r.stage(), r.dueAt(), WorkingCalendar.lastDayOf(r.dueAt()), state, r.pausedAt() != null,
                o.departmentName(), r.escalatedAt() != null);
    }

    /** An open stage and, for an assignment, its department's name. */
    public record Open(StageRow row, String departmentName) {
    }

    StageRow find(long id) {
        return jdbc.sql("select * from case_stage where id = :id").param("id", id).query(StageRow.class).single();
    }

    private void open(long caseId, Stage stage, Long assignmentId, Instant start, Instant due) {
        jdbc.sql("""
                        insert into case_stage (case_id, stage, assignment_id, started_at, due_at, warn_at)
                        values (:c, :stage, :a, :start, :due, :warn)""")
                .param("c", caseId).param("stage", stage.name()).param("a", assignmentId).param("start", ts(start))
                .param("due", ts(due)).param("warn", ts(deadlines.warnAt(due))).update();
    }

    static Instant endOf(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(Zones.CHINA).toInstant();
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, Zones.CHINA);
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
