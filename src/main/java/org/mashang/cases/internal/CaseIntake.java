package org.mashang.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mashang.calendar.Urgency;
import org.mashang.cases.ActorRole;
import org.mashang.cases.CaseContacts;
import org.mashang.cases.CaseState;
import org.mashang.cases.CaseSubmitted;
import org.mashang.cases.EventType;
import org.mashang.directory.Directory;
import org.mashang.platform.Attachment;
import org.mashang.platform.FileStore;
import org.mashang.platform.GroupCommit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores a new message as a case, durably, in one transaction with its first timeline event. */
@Service
public class CaseIntake {

    /**
     * Residents' messages arriving at the same moment share a transaction, up to this many in one (see {@link GroupCommit}).
     * One such transaction at a time: the messages sent meanwhile make the next one larger, which costs the database
     * less a message (at 16 residents at once, about 7 a transaction and 0.9 ms of its CPU a message; with two at a time
     * about 3 and 1.25 ms), for the same number of messages a second.
     */
    static final int GROUP = 32;
    static final int GROUPS_AT_ONCE = 1;

    private final CaseRepository cases;
    private final Timeline timeline;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Directory directory;
    private final Stages stages;
    private final QueryCodes codes;
    private final PendingPhotos pending;
    private final GroupCommit<NewMessage, Receipt> residents;

    CaseIntake(CaseRepository cases, Timeline timeline, FileStore files, ApplicationEventPublisher events, Clock clock,
               Directory directory, Stages stages, QueryCodes codes, PendingPhotos pending, TransactionTemplate tx) {
        this.cases = cases;
        this.timeline = timeline;
        this.files = files;
        this.events = events;
        this.clock = clock;
        this.directory = directory;
        this.stages = stages;
        this.codes = codes;
        this.pending = pending;
        this.residents = new GroupCommit<>(tx, this::receiveAll, this::receiveNow, GROUP, GROUPS_AT_ONCE);
    }

    /**
     * A resident's message, stored with the others sent at the same moment (one commit for all of them under load);
     * returns once it is committed. The photos kept from the form's refused attempts are forgotten with it.
     */
    public Receipt receive(NewMessage message) {
        return residents.submit(message);
    }

    private List<Receipt> receiveAll(List<NewMessage> messages) {
        List<Receipt> receipts = store(messages);
        pending.forgetAll(messages.stream().map(NewMessage::submissionKey).toList());
        return receipts;
    }

    private Receipt receiveNow(NewMessage message) {
        Receipt receipt = store(List.of(message)).get(0);
        pending.forget(message.submissionKey());
        return receipt;
    }

    /** A message on its own transaction (staff entering one received offline; tests). */
    @Transactional
    public Receipt submit(NewMessage message) {
        return store(List.of(message)).get(0);
    }

    /** A message as stored: its receipt, and for a new case (not the same form again) what its first steps need. */
    private record Stored(NewMessage message, Receipt receipt, boolean created, String scopeKey, Urgency urgency) {
    }

    /**
     * Stores the messages, in the caller's transaction: the cases one by one (each may be the same form sent again), then
     * the new cases' first timeline events and review clocks each in one round trip, then their announcements.
     */
    private List<Receipt> store(List<NewMessage> messages) {
        Instant now = clock.instant();
        List<String> tickets = cases.nextTickets(now, messages.size());
        List<Stored> stored = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            stored.add(insert(messages.get(i), tickets.get(i), now));
        }
        List<Stored> created = stored.stream().filter(Stored::created).toList();
        timeline.appendFirst(created.stream().map(s -> first(s.message(), s.receipt().caseId(), now)).toList());
        stages.onStored(created.stream().map(s -> new Stages.Stored(s.receipt().caseId(), CaseState.SUBMITTED, s.urgency(), now))
                .toList());
        for (Stored s : created) {
            NewMessage m = s.message();
            long id = s.receipt().caseId();
            String ticket = s.receipt().ticket();
            events.publishEvent(new CaseSubmitted(id, ticket, m.channel(), m.deputyId(), m.stationId(), m.streetId(), now,
                    m.categoryId(), m.blockId(), s.scopeKey(), contact(id, ticket, m)));
        }
        return stored.stream().map(Stored::receipt).toList();
    }

    private Stored insert(NewMessage message, String ticket, Instant now) {
        String code = QueryCodes.newCode();
        String scopeKey = directory.scopeKey(message.streetId()); // once per submission: the row and the event carry it
        // stored unless the same form came before: one statement either way, no look-up first
        // the category suggests the urgency class; the review clock already runs on it, the reviewer confirms or changes it
        Urgency urgency = directory.suggestedUrgency(message.categoryId());
        Optional<Long> stored = cases.insert(message, ticket, codes.hash(ticket, code), CaseState.SUBMITTED, scopeKey, urgency, now);
        if (stored.isEmpty()) {
            // The same form sent twice: the first answer may never have reached the phone, so give a fresh code.
            CaseRecord c = cases.findBySubmissionKey(message.submissionKey()).orElseThrow();
            cases.replaceQueryCode(c.id(), codes.hash(c.ticket(), code));
            return new Stored(message, new Receipt(c.id(), c.ticket(), code), false, scopeKey, urgency);
        }
        long id = stored.get();
        int position = 1;
        for (Attachment photo : message.photos()) {
            cases.addPhoto(id, position++, files.save(photo.content(), photo.contentType()).id());
        }
        return new Stored(message, new Receipt(id, ticket, code), true, scopeKey, urgency);
    }

    private static Timeline.First first(NewMessage message, long id, Instant now) {
        String body = (message.occasion() == null ? "" : message.occasion() + "，") + message.channel().label() + "留言"
                + (message.photos().isEmpty() ? "" : "，附照片 " + message.photos().size() + " 张");
        return message.enteredBy() == null
                ? new Timeline.First(id, EventType.SUBMITTED, ActorRole.RESIDENT, null, null, body, true, now)
                : new Timeline.First(id, EventType.SUBMITTED, ActorRole.STAFF, message.enteredBy().id(),
                        message.enteredBy().displayName(), body + "（由工作人员录入）", true, now);
    }

    private static CaseContacts.ResidentContact contact(long id, String ticket, NewMessage m) {
        return m.residentPhone() == null && m.residentEmail() == null ? null : new CaseContacts.ResidentContact(id, ticket,
                m.residentName(), m.residentPhone(), m.residentEmail(), m.contactVerified() && m.residentPhone() != null);
    }
}
