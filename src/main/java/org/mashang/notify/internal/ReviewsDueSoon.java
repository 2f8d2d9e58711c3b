package org.mashang.notify.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffDirectory;
import org.mashang.cases.CaseUrgency;
import org.mashang.cases.DeadlineReached;
import org.mashang.notify.RecipientKind;
import org.mashang.platform.PerTransaction;
import org.springframework.stereotype.Component;

/**
 * The reviewers' warnings that messages are due soon, one notice per street and scan instead of one per message. The
 * review stage is one working day, warned during its last, so a message left on a working day is due soon the moment
 * it arrives: a street's reviewers would otherwise get a notice for every message (hundreds on a busy day, each an SMS
 * that costs money). The warnings of a scan's batch are gathered during its transaction and written to the outbox just
 * before it commits, so they commit or roll back with the marks that they were sent: a street with one message due
 * gets that message's own notice (its link opens it), a street with several gets one notice with their number and the
 * first deadline, whose link opens the review queue.
 */
@Component
@RequiredArgsConstructor
class ReviewsDueSoon {

    static final String TEMPLATE = "reviews-due-soon";

    private final Notifier notifier;
    private final StaffDirectory staff;
    private final NotifyProperties properties;
    private final CaseUrgency urgency;
    private final UrgentDelivery atOnce;

    /** The warnings of the current transaction (a scan's batch) by street, sent just before it commits. */
    private final PerTransaction<Map<Long, List<Due>>> scan = new PerTransaction<>(PerTransaction.At.BEFORE_COMMIT,
            LinkedHashMap::new, byStreet -> byStreet.forEach(this::send));

    /** One message's warning, and how to send it alone (the notice it had before there were digests). */
    private record Due(DeadlineReached event, Runnable alone) {
    }

    /**
     * Gathers a review stage's due-soon warning into its transaction's digest; without a transaction (nothing to wait
     * for) it is sent at once, alone.
     */
    void add(DeadlineReached e, Runnable alone) {
        scan.current().ifPresentOrElse(byStreet -> byStreet.computeIfAbsent(e.streetId(), s -> new ArrayList<>()).add(new Due(e, alone)),
                alone);
    }

    private void send(long streetId, List<Due> due) {
        if (due.size() == 1) {
            due.get(0).alone().run();
            return;
        }
        DeadlineReached first = due.stream().map(Due::event).min(Comparator.comparing(DeadlineReached::dueAt)).orElseThrow();
        // the scan's instant and its first message name the digest, so a batch retried after a rollback is not told twice
        String event = "reviews-due-soon:" + streetId + ":" + first.occurredAt() + ":" + first.caseId();
        Map<String, String> values = Map.of("count", String.valueOf(due.size()), "dueAt", NotificationPlanner.dateTime(first.dueAt()));
        boolean urgent = urgency.anyUrgent(due.stream().map(d -> d.event().caseId()).toList());
        staff.usersWithRoleForStreet(Role.REVIEWER, streetId).forEach(u -> notifier.notify(event, TEMPLATE,
                        Recipient.staff(RecipientKind.REVIEWER, u, properties.link("/review")), values, null, null)
                .filter(id -> urgent).ifPresent(atOnce::afterCommit));
    }
}
