package org.mashang.stats.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mashang.stats.internal.RollUps.Fact;
import org.mashang.calendar.Stage;
import org.mashang.cases.AssignmentChanged;
import org.mashang.cases.CaseAction;
import org.mashang.cases.CaseEvaluated;
import org.mashang.cases.CaseState;
import org.mashang.cases.CaseSubmitted;
import org.mashang.cases.CaseTransitioned;
import org.mashang.cases.DeadlineReached;
import org.mashang.cases.StageCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the statistics tables in step with the case loop. Listeners run in the transaction that made the
 * change, so a figure is never counted for a change that was rolled back. Everything about a case is counted
 * in the month it was received (a cohort), the same way the row-per-case table is filtered, so both agree.
 */
@Component
class StatsRecorder {

    static final int ALL = 0;
    static final int STATION = 1;
    static final int DEPUTY = 2;
    static final int CATEGORY = 3;
    static final int BLOCK = 4;
    static final int CHANNEL = 5;
    private final JdbcClient jdbc;
    private final RollUps rollUps;

    StatsRecorder(JdbcClient jdbc, RollUps rollUps) {
        this.jdbc = jdbc;
        this.rollUps = rollUps;
    }

    @EventListener
    void on(CaseSubmitted e) {
        jdbc.sql("""
                        insert into stat_case (case_id, ticket, scope_key, street_id, station_id, deputy_id, category_id, block_id,
                                               channel, state, submitted_at)
                        values (:id, :ticket, :scope, :street, :station, :deputy, :category, :block, :channel, :state, :at)""")
                .param("state", CaseState.SUBMITTED.name())
                .param("id", e.caseId()).param("ticket", e.ticket()).param("scope", e.scopeKey())
                .param("street", e.streetId()).param("station", e.stationId()).param("deputy", e.deputyId())
                .param("category", e.categoryId()).param("block", e.blockId()).param("channel", e.channel().name())
                .param("at", Timestamp.from(e.occurredAt()))
                .update();
        // the row just written, known without reading it back
        rollUps.bump(new Fact(e.caseId(), e.scopeKey(), e.streetId(), e.stationId(), e.deputyId(), e.categoryId(), e.blockId(),
                e.channel().ordinal(), e.occurredAt(), null, 0, null, null), Map.of("received", 1), null, 0);
    }

    @EventListener
    void on(CaseTransitioned e) {
        Optional<Fact> found = rollUps.fact(e.caseId());
        if (found.isEmpty()) {
            return;
        }
        Fact f = found.get();
        if (f.deputyId() == null && e.deputyId() != null) {
            // a station-pool case got its responsible deputy at review: it now counts for that deputy
            jdbc.sql("update stat_case set deputy_id = :d where case_id = :id").param("d", e.deputyId()).param("id", f.caseId()).update();
            rollUps.bumpOne(f, DEPUTY, 0, Map.of("received", -1));
            f = rollUps.fact(e.caseId()).orElseThrow();
            rollUps.bumpOne(f, DEPUTY, f.deputyId(), Map.of("received", 1));
        }
        Timestamp at = Timestamp.from(e.occurredAt());
        switch (e.action()) {
            case ACCEPT -> rollUps.bump(f, Map.of("accepted", 1), null, 0);
            case REJECT -> rollUps.bump(f, Map.of("rejected", 1), null, 0);
            case REOPEN -> {
                if (f.reopenCount() == 0) {
                    rollUps.bump(f, Map.of("reopened", 1), null, 0);
                }
            }
            default -> {
            }
        }
        boolean answered = e.to().awaitsEvaluation();
        // a case counts as closed once, at its first answer; answering again after a reopen does not add to it
        boolean firstAnswer = answered && f.closedAt() == null;
        if (firstAnswer) {
            double hours = hours(f.submittedAt(), e.occurredAt());
            rollUps.bump(f, Map.of("closed", 1, "close_hours_sum", hours), "close_hist", Histogram.bucket(hours));
        }
        jdbc.sql("""
                        update stat_case set state = :state, open = :open, accepted_at = coalesce(:acceptedAt, accepted_at),
                               reopen_count = reopen_count + :reopened, closed_at = coalesce(:closedAt, closed_at)
                        where case_id = :id""")
                .param("state", e.to().name()).param("open", e.to().open())
                .param("acceptedAt", e.action() == CaseAction.ACCEPT ? at : null, Types.TIMESTAMP)
                .param("reopened", e.action() == CaseAction.REOPEN ? 1 : 0)
                .param("closedAt", firstAnswer ? at : null, Types.TIMESTAMP).param("id", f.caseId())
                .update();
    }

    /** A case counts with its latest evaluation: evaluating again after a reopen replaces the earlier one. */
    @EventListener
    void on(CaseEvaluated e) {
        rollUps.fact(e.caseId()).ifPresent(f -> {
            boolean wasFollowUp = jdbc.sql("update stat_case s set satisfaction = :s, follow_up = :followUp from stat_case old"
                            + " where s.case_id = :id and old.case_id = s.case_id returning old.follow_up")
                    .param("s", e.satisfaction().name()).param("followUp", e.followUp()).param("id", f.caseId())
                    .query(Boolean.class).single();
            Map<String, Integer> deltas = new LinkedHashMap<>();
            if (f.satisfaction() == null) {
                deltas.put("evaluated", 1);
            } else {
                deltas.merge(column(f.satisfaction()), -1, Integer::sum);
            }
            deltas.merge(column(e.satisfaction()), 1, Integer::sum);
            // of the evaluations, those taken by phone (回访); a later evaluation replaces the earlier one here too
            int followedUp = (e.followUp() ? 1 : 0) - (f.satisfaction() != null && wasFollowUp ? 1 : 0);
            if (followedUp != 0) {
                deltas.put("followed_up", followedUp);
            }
            rollUps.bump(f, deltas, null, 0);
        });
    }

    static String column(org.mashang.cases.Satisfaction satisfaction) {
        return switch (satisfaction) {
            case SATISFIED -> "satisfied";
            case BASICALLY_SATISFIED -> "basically_satisfied";
            case UNSATISFIED -> "unsatisfied";
        };
    }

    @EventListener
    void on(StageCompleted e) {
        rollUps.fact(e.caseId()).ifPresent(f -> {
            int onTime = e.onTime() ? 1 : 0;
            switch (e.stage()) {
                case REVIEW -> rollUps.bump(f, Map.of("review_done", 1, "review_on_time", onTime), null, 0);
                case FIRST_REPLY -> {
                    double hours = hours(e.startedAt(), e.completedAt());
                    if (f.firstReplyAt() == null) {
                        jdbc.sql("update stat_case set first_reply_at = :at where case_id = :id")
                                .param("at", Timestamp.from(e.completedAt())).param("id", f.caseId()).update();
                    }
                    rollUps.bump(f, Map.of("first_replies", 1, "first_reply_on_time", onTime, "first_reply_hours_sum", hours),
                            "first_reply_hist", Histogram.bucket(hours));
                }
                case RESIDENT_REPLY -> rollUps.bump(f, Map.of("resident_reply_done", 1, "resident_reply_on_time", onTime), null, 0);
                case ASSIGNMENT -> rollUps.department(e.assignmentId()).ifPresent(department -> rollUps.bumpDepartment(f, department,
                        Map.of("done", 1, "done_on_time", onTime, "handle_hours_sum", hours(e.startedAt(), e.completedAt()))));
            }
        });
    }

    @EventListener
    void on(AssignmentChanged e) {
        rollUps.fact(e.caseId()).ifPresent(f -> {
            if (e.action() == null) {
                jdbc.sql("insert into stat_assignment (assignment_id, case_id, department_id) values (:a, :c, :d) on conflict do nothing")
                        .param("a", e.assignmentId()).param("c", e.caseId()).param("d", e.departmentId()).update();
                jdbc.sql("""
                                update stat_case set departments = array_append(departments, cast(:d as bigint))
                                where case_id = :id and not (:d = any(departments))""")
                        .param("d", e.departmentId()).param("id", f.caseId()).update();
                rollUps.bumpDepartment(f, e.departmentId(), Map.of("dispatched", 1));
            } else if (e.action() == org.mashang.cases.AssignmentAction.REPORT) {
                rollUps.bumpDepartment(f, e.departmentId(), Map.of("reported", 1));
            } else if (e.action() == org.mashang.cases.AssignmentAction.RETURN) {
                rollUps.bumpDepartment(f, e.departmentId(), Map.of("returned", 1));
            }
        });
    }

    @EventListener
    void on(DeadlineReached e) {
        if (e.kind() != DeadlineReached.Kind.OVERDUE) {
            return;
        }
        rollUps.fact(e.caseId()).ifPresent(f -> {
            jdbc.sql("update stat_case set escalations = escalations + 1 where case_id = :id").param("id", f.caseId()).update();
            rollUps.bump(f, Map.of("escalations", 1), null, 0);
            if (e.stage() == Stage.ASSIGNMENT && e.departmentId() != null) {
                rollUps.bumpDepartment(f, e.departmentId(), Map.of("escalations", 1));
            }
        });
    }

    private static double hours(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toSeconds() / 3600.0);
    }

}
