package org.mashang.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.internal.StageRepository.Claimed;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.cases.ActorRole;
import org.mashang.cases.DeadlineReached;
import org.mashang.cases.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds stages becoming due soon or overdue and emits each warning and each escalation (督办) exactly once,
 * however many instances scan at the same time: a batch claims its rows (stage and case) with
 * {@code FOR UPDATE SKIP LOCKED}, marks them and publishes in the same transaction, so another instance
 * either skips a row or sees it already marked. A failed batch rolls back whole and is retried next scan.
 */
@Component
@RequiredArgsConstructor
public class DeadlineScanner {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScanner.class);
    static final int BATCH = 500;

    private final StageRepository stages;
    private final TransactionTemplate tx;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

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
        List<Claimed> overdue = stages.claimOverdue(now, BATCH);
        if (!overdue.isEmpty()) {
            stages.markEscalated(overdue.stream().map(Claimed::id).toList(), now);
        }
        for (Claimed s : overdue) {
            String what = (s.departmentName() == null ? "" : s.departmentName()) + s.stage().label();
            timeline.append(s.caseId(), EventType.ESCALATED, ActorRole.SYSTEM, null, null,
                    what + "已超过期限（" + WorkingCalendar.lastDayOf(s.dueAt()) + "），人大工委督办", true, now);
            publish(s, DeadlineReached.Kind.OVERDUE, now);
        }
        List<Claimed> dueSoon = overdue.size() < BATCH
                ? stages.claimDueSoon(now, BATCH) : List.of();
        if (!dueSoon.isEmpty()) {
            stages.markWarned(dueSoon.stream().map(Claimed::id).toList(), now);
        }
        for (Claimed s : dueSoon) {
            publish(s, DeadlineReached.Kind.DUE_SOON, now);
        }
        return new Result(dueSoon.size(), overdue.size());
    }

    private void publish(Claimed s, DeadlineReached.Kind kind, Instant now) {
        events.publishEvent(new DeadlineReached(s.caseId(), s.ticket(), s.stage(), kind, s.dueAt(), s.deputyId(), s.assignmentId(),
                s.departmentId(), s.stationId(), s.streetId(), s.holdingRegionId(), now));
    }
}
