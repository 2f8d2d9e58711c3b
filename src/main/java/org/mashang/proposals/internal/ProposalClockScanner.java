package org.mashang.proposals.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mashang.platform.Zones;
import org.mashang.proposals.ProposalDeadlineReached;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds proposals whose answer becomes due soon or overdue and warns, or escalates (督办), exactly once per clock, as
 * the case stages' scan does: a batch claims its rows with {@code FOR UPDATE SKIP LOCKED}, marks them and publishes in
 * the same transaction, so another instance skips them or finds them marked. Overdue without a warning first (the scan
 * was down) is escalated without a belated warning.
 */
@Component
public class ProposalClockScanner {

    static final int BATCH = 200;

    private final ProposalRepository proposals;
    private final ProposalClockRepository clocks;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int dueSoonDays;
    /** Tests with two instances switch the schedule off, as for the case stages. */
    @Value("${mashang.deadlines.scan-enabled:true}")
    private boolean scheduledScan;

    ProposalClockScanner(ProposalRepository proposals, ProposalClockRepository clocks, TransactionTemplate tx, ApplicationEventPublisher events, Clock clock,
                         @Value("${mashang.proposals.due-soon-days:15}") int dueSoonDays) {
        this.proposals = proposals;
        this.clocks = clocks;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
        this.dueSoonDays = dueSoonDays;
    }

    public record Result(int warned, int escalated) {
    }

    @Scheduled(initialDelayString = "${mashang.deadlines.scan-interval:60s}", fixedDelayString = "${mashang.deadlines.scan-interval:60s}")
    void scheduled() {
        if (scheduledScan) {
            scan();
        }
    }

    public Result scan() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Zones.CHINA);
        int escalated = 0;
        int warned = 0;
        int n;
        do {
            n = tx.execute(s -> escalate(today, now));
            escalated += n;
        } while (n == BATCH);
        do {
            n = tx.execute(s -> warn(today, now));
            warned += n;
        } while (n == BATCH);
        return new Result(warned, escalated);
    }

    private int escalate(LocalDate today, Instant now) {
        List<Proposal> due = clocks.claimOverdue(today, BATCH);
        for (Proposal p : due) {
            clocks.markEscalated(p.id(), now);
            proposals.append(p.id(), ProposalEventType.ESCALATED.name(), "人大工委",
                    "答复期限 " + p.dueDate() + " 已过，承办单位尚未答复，已督办", true, now);
            publish(p, ProposalDeadlineReached.Kind.OVERDUE);
        }
        return due.size();
    }

    private int warn(LocalDate today, Instant now) {
        // due soon from (due − days + 1): the latest due date that is due soon today is today + days − 1
        List<Proposal> soon = clocks.claimDueSoon(today.plusDays(dueSoonDays - 1L), today, BATCH);
        for (Proposal p : soon) {
            clocks.markWarned(p.id(), now);
            proposals.append(p.id(), ProposalEventType.DUE_SOON.name(), null, "答复期限 " + p.dueDate() + " 将到", false, now);
            publish(p, ProposalDeadlineReached.Kind.DUE_SOON);
        }
        return soon.size();
    }

    private void publish(Proposal p, ProposalDeadlineReached.Kind kind) {
        List<Long> deputies = new ArrayList<>();
        deputies.add(p.leadDeputyId());
        deputies.addAll(proposals.cosigners(p.id()));
        List<Long> units = proposals.units(p.id()).stream().map(ProposalRepository.Unit::departmentId).toList();
        events.publishEvent(new ProposalDeadlineReached(p.id(), p.reference(), kind, p.dueDate(), p.streetId(), units, deputies));
    }
}
