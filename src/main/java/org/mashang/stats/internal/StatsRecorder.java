package org.mashang.stats.internal;

import lombok.RequiredArgsConstructor;
import org.mashang.stats.internal.Counts.Department;
import org.mashang.stats.internal.Counts.Hist;
import org.mashang.stats.internal.Counts.Monthly;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.mashang.stats.internal.RollUps.Fact;
import org.mashang.calendar.Stage;
import org.mashang.cases.AssignmentChanged;
import org.mashang.cases.CaseAction;
import org.mashang.cases.CaseEvaluated;
import org.mashang.cases.CaseSubmitted;
import org.mashang.cases.CaseTransitioned;
import org.mashang.cases.DeadlineReached;
import org.mashang.cases.StageCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the statistics tables in step with the case loop. Listeners run in the transaction that made the
 * change, so a figure is never counted for a change that was rolled back. Everything about a case is counted
 * in the month it was received (a cohort), the same way the row-per-case table is filtered, so both agree.
 */
@Component
@RequiredArgsConstructor
class StatsRecorder {

    static final int ALL = 0;
    static final int STATION = 1;
    static final int DEPUTY = 2;
    static final int CATEGORY = 3;
    static final int BLOCK = 4;
    static final int CHANNEL = 5;
    private final StatCaseRepository cases;
    private final JournaledRollUps rollUps;

    @EventListener
    void on(CaseSubmitted e) {
        if (e.channel().online()) {
            cases.insertAtCommit(e); // a resident's: committed with others sent at the same moment, read by no one before
        } else {
            cases.insert(e);
        }
        // the row just written, known without reading it back
        Fact f = new Fact(e.caseId(), e.scopeKey(), e.streetId(), e.stationId(), e.deputyId(), e.categoryId(), e.blockId(),
                e.channel(), e.occurredAt(), null, 0, null, null);
        if (e.channel().online()) {
            rollUps.bumpSoon(f, Counts.of(Monthly.RECEIVED, 1)); // left by a resident, who is shown a receipt, not figures
        } else {
            rollUps.bump(f, Counts.of(Monthly.RECEIVED, 1)); // entered by staff, who may look at the figures next
        }
    }

    @EventListener
    void on(CaseTransitioned e) {
        Optional<Fact> found = cases.fact(e.caseId());
        if (found.isEmpty()) {
            return;
        }
        Fact f = found.get();
        if (f.deputyId() == null && e.deputyId() != null) {
            // a station-pool case got its responsible deputy at review: it now counts for that deputy
            cases.setDeputy(f.caseId(), e.deputyId());
            rollUps.bumpOne(f, DEPUTY, 0, Counts.of(Monthly.RECEIVED, -1));
            f = cases.fact(e.caseId()).orElseThrow();
            rollUps.bumpOne(f, DEPUTY, f.deputyId(), Counts.of(Monthly.RECEIVED, 1));
        }
        switch (e.action()) {
            case ACCEPT -> rollUps.bump(f, Counts.of(Monthly.ACCEPTED, 1));
            case REJECT -> rollUps.bump(f, Counts.of(Monthly.REJECTED, 1));
            case REOPEN -> {
                if (f.reopenCount() == 0) {
                    rollUps.bump(f, Counts.of(Monthly.REOPENED, 1));
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
            rollUps.bump(f, Counts.of(Monthly.CLOSED, 1).and(Monthly.CLOSE_HOURS_SUM, hours).inBucket(Hist.CLOSE, Histogram.bucket(hours)));
            // and in the month it was answered, for the issues solved in a year
            cases.solved(f, e.occurredAt());
        }
        cases.transition(f.caseId(), e.to(), e.action() == CaseAction.ACCEPT ? e.occurredAt() : null,
                e.action() == CaseAction.REOPEN, firstAnswer ? e.occurredAt() : null);
    }

    /** A case counts with its latest evaluation: evaluating again after a reopen replaces the earlier one. */
    @EventListener
    void on(CaseEvaluated e) {
        cases.fact(e.caseId()).ifPresent(f -> {
            boolean wasFollowUp = cases.evaluate(f.caseId(), e.satisfaction(), e.followUp());
            Counts<Monthly> deltas = f.satisfaction() == null ? Counts.of(Monthly.EVALUATED, 1)
                    : Counts.of(counter(f.satisfaction()), -1);
            deltas.and(counter(e.satisfaction()), 1);
            // of the evaluations, those taken by phone (回访); a later evaluation replaces the earlier one here too
            int followedUp = (e.followUp() ? 1 : 0) - (f.satisfaction() != null && wasFollowUp ? 1 : 0);
            if (followedUp != 0) {
                deltas.and(Monthly.FOLLOWED_UP, followedUp);
            }
            rollUps.bump(f, deltas);
        });
    }

    static Monthly counter(org.mashang.cases.Satisfaction satisfaction) {
        return switch (satisfaction) {
            case SATISFIED -> Monthly.SATISFIED;
            case BASICALLY_SATISFIED -> Monthly.BASICALLY_SATISFIED;
            case UNSATISFIED -> Monthly.UNSATISFIED;
        };
    }

    @EventListener
    void on(StageCompleted e) {
        cases.fact(e.caseId()).ifPresent(f -> {
            int onTime = e.onTime() ? 1 : 0;
            switch (e.stage()) {
                case REVIEW -> rollUps.bump(f, Counts.of(Monthly.REVIEW_DONE, 1).and(Monthly.REVIEW_ON_TIME, onTime));
                case FIRST_REPLY -> {
                    double hours = hours(e.startedAt(), e.completedAt());
                    if (f.firstReplyAt() == null) {
                        cases.firstReply(f.caseId(), e.completedAt());
                    }
                    rollUps.bump(f, Counts.of(Monthly.FIRST_REPLIES, 1).and(Monthly.FIRST_REPLY_ON_TIME, onTime)
                            .and(Monthly.FIRST_REPLY_HOURS_SUM, hours).inBucket(Hist.FIRST_REPLY, Histogram.bucket(hours)));
                }
                case RESIDENT_REPLY -> rollUps.bump(f, Counts.of(Monthly.RESIDENT_REPLY_DONE, 1).and(Monthly.RESIDENT_REPLY_ON_TIME, onTime));
                case ASSIGNMENT -> cases.department(e.assignmentId()).ifPresent(department -> rollUps.bumpDepartment(f, department,
                        Counts.of(Department.DONE, 1).and(Department.DONE_ON_TIME, onTime)
                                .and(Department.HANDLE_HOURS_SUM, hours(e.startedAt(), e.completedAt()))));
            }
        });
    }

    @EventListener
    void on(AssignmentChanged e) {
        cases.fact(e.caseId()).ifPresent(f -> {
            if (e.action() == null) {
                cases.assigned(e.assignmentId(), f.caseId(), e.departmentId());
                rollUps.bumpDepartment(f, e.departmentId(), Counts.of(Department.DISPATCHED, 1));
            } else if (e.action() == org.mashang.cases.AssignmentAction.REPORT) {
                rollUps.bumpDepartment(f, e.departmentId(), Counts.of(Department.REPORTED, 1));
            } else if (e.action() == org.mashang.cases.AssignmentAction.RETURN) {
                rollUps.bumpDepartment(f, e.departmentId(), Counts.of(Department.RETURNED, 1));
            }
        });
    }

    @EventListener
    void on(DeadlineReached e) {
        if (e.kind() != DeadlineReached.Kind.OVERDUE) {
            return;
        }
        cases.fact(e.caseId()).ifPresent(f -> {
            cases.escalated(f.caseId());
            rollUps.bump(f, Counts.of(Monthly.ESCALATIONS, 1));
            if (e.stage() == Stage.ASSIGNMENT && e.departmentId() != null) {
                rollUps.bumpDepartment(f, e.departmentId(), Counts.of(Department.ESCALATIONS, 1));
            }
        });
    }

    private static double hours(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toSeconds() / 3600.0);
    }

}
