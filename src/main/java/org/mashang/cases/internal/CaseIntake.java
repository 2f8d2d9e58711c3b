package org.mashang.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
     * less a message (at 16 residents at once, about 7 a transaction and 0.9 ms of its CPU a message; with two
     * transactions at a time, as measured, about 3 and 1.25 ms), for the same number of messages a second.
     */
    static final int GROUP = 32;

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
        this.residents = new GroupCommit<>(tx, this::receiveAll, m -> receiveAll(List.of(m)).get(0), GROUP);
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

    /** A message on its own transaction (staff entering one received offline; tests). */
    @Transactional
    public Receipt submit(NewMessage message) {
        return store(List.of(message)).get(0);
    }

    /**
     * Stores the messages, in the caller's transaction: their cases in one round trip (each may be the same form sent
     * again), the new cases' first timeline events and review clocks each in one more, then their announcements.
     */
    private List<Receipt> store(List<NewMessage> messages) {
        Instant now = clock.instant();
        List<CaseRepository.Numbers> numbers = cases.nextNumbers(now, messages.size());
        List<CaseRepository.NewCase> rows = new ArrayList<>(messages.size());
        List<String> codesGiven = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            NewMessage m = messages.get(i);
            String code = QueryCodes.newCode();
            codesGiven.add(code);
            // the category suggests the urgency class; the review clock already runs on it, the reviewer confirms or changes it
            rows.add(new CaseRepository.NewCase(m, numbers.get(i), codes.hash(numbers.get(i).ticket(), code), CaseState.SUBMITTED,
                    directory.scopeKey(m.streetId()), directory.suggestedUrgency(m.categoryId())));
        }
        boolean[] created = cases.insertAll(rows, now);
        List<Receipt> receipts = new ArrayList<>(messages.size());
        List<CaseRepository.NewCase> createdRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CaseRepository.NewCase row = rows.get(i);
            if (created[i]) {
                receipts.add(new Receipt(row.numbers().id(), row.numbers().ticket(), codesGiven.get(i)));
                createdRows.add(row);
                addPhotos(row.numbers().id(), row.message());
            } else {
                // The same form sent twice: the first answer may never have reached the phone, so give a fresh code.
                CaseRecord c = cases.findBySubmissionKey(row.message().submissionKey()).orElseThrow();
                cases.replaceQueryCode(c.id(), codes.hash(c.ticket(), codesGiven.get(i)));
                receipts.add(new Receipt(c.id(), c.ticket(), codesGiven.get(i)));
            }
        }
        timeline.appendFirst(createdRows.stream().map(r -> first(r.message(), r.numbers().id(), now)).toList());
        stages.onStored(createdRows.stream().map(r -> new Stages.Stored(r.numbers().id(), r.state(), r.urgency(), now)).toList());
        for (CaseRepository.NewCase r : createdRows) {
            NewMessage m = r.message();
            long id = r.numbers().id();
            String ticket = r.numbers().ticket();
            events.publishEvent(new CaseSubmitted(id, ticket, m.channel(), m.deputyId(), m.stationId(), m.streetId(), now,
                    m.categoryId(), m.blockId(), r.scopeKey(), contact(id, ticket, m)));
        }
        return receipts;
    }

    private void addPhotos(long caseId, NewMessage message) {
        int position = 1;
        for (Attachment photo : message.photos()) {
            cases.addPhoto(caseId, position++, files.save(photo.content(), photo.contentType()).id());
        }
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
