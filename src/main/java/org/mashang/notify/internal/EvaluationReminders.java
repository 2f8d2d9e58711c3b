package org.mashang.notify.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.mashang.cases.CaseContacts;
import org.mashang.notify.RecipientKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds a resident, once, to evaluate an answered case they have not evaluated, and each follower of the case who has
 * not evaluated it either. Safe on every instance: the reminder's idempotency key (case, time of the answer, recipient)
 * lets only one row per person into the outbox.
 */
@Component
public class EvaluationReminders {

    /** Cases answered longer ago than the delay plus this are not reminded any more. */
    static final Duration WINDOW = Duration.ofDays(7);

    private final CaseContacts contacts;
    private final Notifier notifier;
    private final NotifyProperties properties;
    private final Clock clock;

    EvaluationReminders(CaseContacts contacts, Notifier notifier, NotifyProperties properties, Clock clock) {
        this.contacts = contacts;
        this.notifier = notifier;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return how many reminders were written to the outbox */
    @Transactional
    public int remind() {
        Instant to = clock.instant().minus(properties.delivery().remindEvaluationAfter());
        int written = 0;
        for (var due : contacts.awaitingEvaluation(to.minus(WINDOW), to, 1000)) {
            var contact = contacts.residentContact(due.caseId());
            if (contact.isEmpty()) {
                continue;
            }
            var c = contact.get();
            Recipient resident = new Recipient(RecipientKind.RESIDENT, "resident", c.name(), c.phone(), c.email(),
                    properties.trackLink(due.ticket()));
            if (notifier.notify("evaluate:" + due.caseId() + ":" + due.answeredAt(), "resident-evaluate", resident,
                    Map.of("ticket", due.ticket()), due.caseId(), due.ticket()).isPresent()) {
                written++;
            }
        }
        // each follower (我也反映, a merged resident) evaluates on their own: reminded once each, with their own ticket
        for (var due : contacts.followersAwaitingEvaluation(to.minus(WINDOW), to, 1000)) {
            var f = due.follower();
            Recipient follower = new Recipient(RecipientKind.RESIDENT, "follower-" + f.ticket(), f.name(), f.phone(), f.email(),
                    properties.trackLink(f.ticket()));
            if (notifier.notify("evaluate:" + f.caseId() + ":" + due.answeredAt(), "resident-evaluate", follower,
                    Map.of("ticket", f.ticket()), f.caseId(), due.caseTicket()).isPresent()) {
                written++;
            }
        }
        return written;
    }
}
