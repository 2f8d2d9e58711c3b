package org.mashang.cases.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.mashang.calendar.Stage;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.cases.ActorRole;
import org.mashang.cases.DeadlineReached;
import org.mashang.cases.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds stages becoming due soon or overdue and emits each warning and each escalation (督办) exactly once,
 * however many instances scan at the same time: a batch claims its rows (stage and case) with
 * {@code FOR UPDATE SKIP LOCKED}, marks them and publishes in the same transaction, so another instance
 * either skips a row or sees it already marked. A failed batch rolls back whole and is retried next scan.
 */
@Component
public class DeadlineScanner {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScanner.class);
    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeadlineScanner(JdbcClient jdbc, TransactionTemplate tx, Timeline timeline, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    /** What one scan did. */
    public record Result(int warned, int escalated) {
    }

    public Result scan() {
        return scan(clock.instant());
    }

    public Result scan(Instant now) {
        int warned = 0;
        int escalated = 0;
        while (true) {
            Result batch = tx.execute(status -> batch(now));
            warned += batch.warned();
            escalated += batch.escalated();
            if (batch.warned() + batch.escalated() == 0) {
                break;
            }
        }
        if (warned + escalated > 0) {
            log.info("Deadline scan: {} due soon, {} overdue and escalated", warned, escalated);
        }
        return new Result(warned, escalated);
    }

    /**
     * One transaction: first the stages past their deadline, then those due soon, each query walking its own
     * partial index in deadline order so it stops after a batch however many are waiting.
     */
    private Result batch(Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Claimed> overdue = claim("s.escalated_at is null and s.due_at <= :now", "s.due_at", at);
        if (!overdue.isEmpty()) {
            jdbc.sql("update case_stage set escalated_at = :now, warned_at = coalesce(warned_at, :now) where id in (:ids)")
                    .param("now", at).param("ids", overdue.stream().map(Claimed::id).toList()).update();
        }
        for (Claimed s : overdue) {
            String what = (s.departmentName() == null ? "" : s.departmentName()) + s.stage().label();
            timeline.append(s.caseId(), EventType.ESCALATED, ActorRole.SYSTEM, null, null,
                    what + "已超过期限（" + WorkingCalendar.lastDayOf(s.dueAt()) + "），人大工委督办", true, now);
            publish(s, DeadlineReached.Kind.OVERDUE, now);
        }
        List<Claimed> dueSoon = overdue.size() < BATCH
                ? claim("s.warned_at is null and s.warn_at <= :now and s.due_at > :now", "s.warn_at", at) : List.of();
        if (!dueSoon.isEmpty()) {
            jdbc.sql("update case_stage set warned_at = :now where id in (:ids)")
                    .param("now", at).param("ids", dueSoon.stream().map(Claimed::id).toList()).update();
        }
        for (Claimed s : dueSoon) {
            publish(s, DeadlineReached.Kind.DUE_SOON, now);
        }
        return new Result(dueSoon.size(), overdue.size());
    }

    private List<Claimed> claim(String condition, String order, Timestamp at) {
        return jdbc.sql("""
                        select s.id, s.case_id, s.stage, s.assignment_id, s.due_at,
                               c.ticket, c.deputy_id, c.station_id, c.street_id, a.department_id, a.department_name
                        from case_stage s
                        join cases c on c.id = s.case_id
                        left join assignment a on a.id = s.assignment_id
                        where s.completed_at is null and s.paused_at is null and %s
                        order by %s
                        limit :batch
                        for update of s, c skip locked""".formatted(condition, order))
                .param("now", at).param("batch", BATCH)
                .query((rs, n) -> {
                    long department = rs.getLong("department_id");
                    Long departmentId = rs.wasNull() ? null : department;
                    long deputy = rs.getLong("deputy_id");
                    Long deputyId = rs.wasNull() ? null : deputy;
                    long assignment = rs.getLong("assignment_id");
                    Long assignmentId = rs.wasNull() ? null : assignment;
                    return new Claimed(rs.getLong("id"), rs.getLong("case_id"), Stage.valueOf(rs.getString("stage")), assignmentId,
                            rs.getTimestamp("due_at").toInstant(), rs.getString("ticket"), deputyId, rs.getLong("station_id"),
                            rs.getLong("street_id"), departmentId, rs.getString("department_name"));
                })
                .list();
    }

    private void publish(Claimed s, DeadlineReached.Kind kind, Instant now) {
        events.publishEvent(new DeadlineReached(s.caseId(), s.ticket(), s.stage(), kind, s.dueAt(), s.deputyId(), s.assignmentId(),
                s.departmentId(), s.stationId(), s.streetId(), now));
    }

    private record Claimed(long id, long caseId, Stage stage, Long assignmentId, Instant dueAt, String ticket,
                           Long deputyId, long stationId, long streetId, Long departmentId, String departmentName) {
    }
}
