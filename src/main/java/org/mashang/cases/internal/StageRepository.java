package org.mashang.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.mashang.calendar.Stage;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The clocks of cases and of their assignments ({@code case_stage}), for {@link Stages} and the {@link DeadlineScanner}.
 * A case-level clock has no assignment; at most one clock of a case or an assignment is open at a time.
 */
@Repository
@RequiredArgsConstructor
class StageRepository {

    /** What the scanner claims: the open stage, its case's routing and, for an assignment, its department. */
    private static final String CLAIM = """
            select s.id, s.case_id, s.stage, s.assignment_id, s.due_at,
                   c.ticket, c.deputy_id, c.station_id, c.street_id, coalesce(c.holding_region_id, c.street_id) holding_region_id,
                   a.department_id, a.department_name
            from case_stage s
            join cases c on c.id = s.case_id
            left join assignment a on a.id = s.assignment_id
            where s.completed_at is null and s.paused_at is null and""";
    /** Past its deadline and not escalated yet, walking the escalation's partial index in deadline order. */
    private static final String CLAIM_OVERDUE = CLAIM + """
             s.escalated_at is null and s.due_at <= :now
            order by s.due_at limit :batch for update of s, c skip locked""";
    /** Due soon and not warned yet, walking the warning's partial index in order of warning time. */
    private static final String CLAIM_DUE_SOON = CLAIM + """
             s.warned_at is null and s.warn_at <= :now and s.due_at > :now
            order by s.warn_at limit :batch for update of s, c skip locked""";

    private static final String OPEN = """
            insert into case_stage (case_id, stage, assignment_id, started_at, due_at, warn_at)
            values (:c, :stage, :a, :start, :due, :warn)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    /** A clock to start: of the case when it has no assignment. */
    record Opening(long caseId, Stage stage, Long assignmentId, Instant start, Instant due, Instant warn) {
    }

    void open(Opening o) {
        jdbc.sql(OPEN).params(row(o)).update();
    }

    /** Starts clocks of several cases (the messages committed together), in one round trip. */
    void openAll(List<Opening> openings) {
        if (!openings.isEmpty()) {
            batches.batchUpdate(OPEN, openings.stream().map(StageRepository::row).toArray(Map[]::new));
        }
    }

    private static Map<String, Object> row(Opening o) {
        Map<String, Object> row = new java.util.HashMap<>();
        row.put("c", o.caseId());
        row.put("stage", o.stage().name());
        row.put("a", o.assignmentId());
        row.put("start", ts(o.start()));
        row.put("due", ts(o.due()));
        row.put("warn", ts(o.warn()));
        return row;
    }

    /** Stops the case-level clock; @return the clocks stopped (none or one) */
    List<StageRow> completeOfCase(long caseId, Instant now) {
        return jdbc.sql("""
                        update case_stage set completed_at = :now where case_id = :c and assignment_id is null and completed_at is null
                        returning *""").param("now", ts(now)).param("c", caseId).query(StageRow.class).list();
    }

    /** Stops an assignment's clock; @return the clocks stopped (none or one) */
    List<StageRow> completeOfAssignment(long assignmentId, Instant now) {
        return jdbc.sql("update case_stage set completed_at = :now where assignment_id = :a and completed_at is null returning *")
                .param("now", ts(now)).param("a", assignmentId).query(StageRow.class).list();
    }

    /**
     * A new deadline for a clock; warnings and escalation are owed again when {@code owedAgain} (the deadline is still
     * ahead), else what was sent stays sent.
     */
    void moveDeadline(long id, Instant due, Instant warn, boolean owedAgain) {
        jdbc.sql("""
                        update case_stage set due_at = :due, warn_at = :warn,
                               warned_at = case when :ahead then null else warned_at end,
                               escalated_at = case when :ahead then null else escalated_at end
                        where id = :id""")
                .param("due", ts(due)).param("warn", ts(warn)).param("ahead", owedAgain).param("id", id).update();
    }

    /** A paused clock runs again, to a new deadline ({@link #moveDeadline} for the rest). */
    void resume(long id, Instant due, Instant warn, boolean owedAgain) {
        jdbc.sql("""
                        update case_stage set paused_at = null, pause_reason = null, due_at = :due, warn_at = :warn,
                               warned_at = case when :ahead then null else warned_at end,
                               escalated_at = case when :ahead then null else escalated_at end
                        where id = :id""")
                .param("due", ts(due)).param("warn", ts(warn)).param("ahead", owedAgain).param("id", id).update();
    }

    /** Pauses the running case-level clock; @return false when none runs or it is paused already */
    boolean pause(long caseId, String reason, Instant now) {
        return jdbc.sql("""
                        update case_stage set paused_at = :now, pause_reason = :reason
                        where case_id = :c and assignment_id is null and completed_at is null and paused_at is null""")
                .param("now", ts(now)).param("reason", reason).param("c", caseId).update() > 0;
    }

    Optional<StageRow> openOfCase(long caseId) {
        return jdbc.sql("select * from case_stage where case_id = :c and assignment_id is null and completed_at is null")
                .param("c", caseId).query(StageRow.class).optional();
    }

    Optional<StageRow> openOfAssignment(long assignmentId) {
        return jdbc.sql("select * from case_stage where assignment_id = :a and completed_at is null")
                .param("a", assignmentId).query(StageRow.class).optional();
    }

    StageRow find(long id) {
        return jdbc.sql("select * from case_stage where id = :id").param("id", id).query(StageRow.class).single();
    }

    /** An open stage and, for an assignment, its department's name. */
    record OpenStage(long id, long caseId, Stage stage, Long assignmentId, Instant startedAt, Instant dueAt, Instant warnAt,
                     Instant pausedAt, String pauseReason, Instant completedAt, Instant warnedAt, Instant escalatedAt,
                     String departmentName) {

        StageRow row() {
            return new StageRow(id, caseId, stage, assignmentId, startedAt, dueAt, warnAt, pausedAt, pauseReason, completedAt,
                    warnedAt, escalatedAt);
        }
    }

    /** Open stages of these cases, most urgent first. */
    List<OpenStage> openOf(Collection<Long> caseIds) {
        return jdbc.sql("""
                        select s.*, a.department_name from case_stage s left join assignment a on a.id = s.assignment_id
                        where s.case_id in (:ids) and s.completed_at is null order by s.due_at""")
                .param("ids", caseIds).query(OpenStage.class).list();
    }

    /** A stage the scanner holds locked (with its case) until its transaction ends. */
    record Claimed(long id, long caseId, Stage stage, Long assignmentId, Instant dueAt, String ticket,
                   Long deputyId, long stationId, long streetId, long holdingRegionId, Long departmentId, String departmentName) {
    }

    /** Claims up to a batch of overdue stages not escalated yet; another instance's claims are skipped. */
    List<Claimed> claimOverdue(Instant now, int batch) {
        return jdbc.sql(CLAIM_OVERDUE).param("now", ts(now)).param("batch", batch).query(Claimed.class).list();
    }

    /** Claims up to a batch of stages due soon and not warned yet. */
    List<Claimed> claimDueSoon(Instant now, int batch) {
        return jdbc.sql(CLAIM_DUE_SOON).param("now", ts(now)).param("batch", batch).query(Claimed.class).list();
    }

    /** Escalated now (and so warned, if it was not). */
    void markEscalated(List<Long> ids, Instant now) {
        jdbc.sql("update case_stage set escalated_at = :now, warned_at = coalesce(warned_at, :now) where id in (:ids)")
                .param("now", ts(now)).param("ids", ids).update();
    }

    void markWarned(List<Long> ids, Instant now) {
        jdbc.sql("update case_stage set warned_at = :now where id in (:ids)").param("now", ts(now)).param("ids", ids).update();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
