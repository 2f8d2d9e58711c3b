package org.mashang.notify.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.cases.CaseContacts;
import org.mashang.notify.RecipientKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reminds a resident, once, to evaluate an answered case they have not evaluated, and each follower of the case who has
 * not evaluated it either. Safe on every instance: the reminder's idempotency key (case, time of the answer, recipient)
 * lets only one row per person into the outbox.
 */
@Component
@RequiredArgsConstructor
public class EvaluationReminders {

    /** Cases answered longer ago than the delay plus this are not reminded any more. */
    static final Duration WINDOW = Duration.ofDays(7);

    /** Cases to a page of the look-up. */
    static final int PAGE = 1000;

    /**
     * Who this instance has reminded (or found nobody to remind) per answer, until the answer leaves the window: each run
     * looks only at the rest, instead of asking the outbox again for every answered case of the week every few seconds.
     */
    private final Map<String, Instant> remembered = new ConcurrentHashMap<>();
    private final CaseContacts contacts;
    private final Notifier notifier;
    private final NotifyProperties properties;
    private final Clock clock;

    /** @return how many reminders were written to the outbox */
    @Transactional
    public int remind() {
        Instant to = clock.instant().minus(properties.delivery().remindEvaluationAfter());
        Instant from = to.minus(WINDOW);
        remembered.values().removeIf(answeredAt -> answeredAt.isBefore(from));
        Map<String, Instant> done = new HashMap<>();
        int written = 0;
        // page by page, oldest answer first: a busy week has more answered cases than one page, and a page of cases
        // already reminded must not hide the ones after it
        Instant after = from;
        for (List<CaseContacts.AwaitingEvaluation> page = List.of(); after != null; after = next(page, CaseContacts.AwaitingEvaluation::answeredAt, after)) {
            page = contacts.awaitingEvaluation(after, to, PAGE);
            for (var due : page) {
                String key = "evaluate:" + due.caseId() + ":" + due.answeredAt();
                if (remembered.containsKey(key + ":resident") || done.containsKey(key + ":resident")) {
                    continue;
                }
                done.put(key + ":resident", due.answeredAt());
                var contact = contacts.residentContact(due.caseId());
                if (contact.isEmpty()) {
                    continue;
                }
                var c = contact.get();
                Recipient resident = new Recipient(RecipientKind.RESIDENT, "resident", c.name(), c.phone(), c.email(),
                        properties.trackLink(due.ticket()));
                if (notifier.notify(key, "resident-evaluate", resident, Map.of("ticket", due.ticket()), due.caseId(), due.ticket())
                        .isPresent()) {
                    written++;
                }
            }
        }
        // each follower (我也反映, a merged resident) evaluates on their own: reminded once each, with their own ticket
        after = from;
        for (List<CaseContacts.FollowerAwaitingEvaluation> page = List.of(); after != null;
             after = next(page, CaseContacts.FollowerAwaitingEvaluation::answeredAt, after)) {
            page = contacts.followersAwaitingEvaluation(after, to, PAGE);
            for (var due : page) {
                var f = due.follower();
                String key = "evaluate:" + f.caseId() + ":" + due.answeredAt();
                if (remembered.containsKey(key + ":" + f.ticket()) || done.containsKey(key + ":" + f.ticket())) {
                    continue;
                }
                done.put(key + ":" + f.ticket(), due.answeredAt());
                Recipient follower = new Recipient(RecipientKind.RESIDENT, "follower-" + f.ticket(), f.name(), f.phone(), f.email(),
                        properties.trackLink(f.ticket()));
                if (notifier.notify(key, "resident-evaluate", follower, Map.of("ticket", f.ticket()), f.caseId(), due.caseTicket())
                        .isPresent()) {
                    written++;
                }
            }
        }
        // remembered only once the reminders are committed: a run that fails writes nothing and forgets nothing
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    remembered.putAll(done);
                }
            });
        } else {
            remembered.putAll(done);
        }
        return written;
    }

    /** Where the next page starts, or null after the last one (a full page of one instant moves past it by a microsecond). */
    private static <T> @Nullable Instant next(List<T> page, Function<T, Instant> answeredAt, Instant after) {
        if (page.size() < PAGE) {
            return null;
        }
        Instant last = answeredAt.apply(page.get(page.size() - 1));
        return last.equals(after) ? last.plusNanos(1_000) : last;
    }
}
