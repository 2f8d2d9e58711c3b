package org.mashang.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.calendar.Urgency;
import org.mashang.cases.ActorRole;
import org.mashang.cases.CaseContacts;
import org.mashang.cases.CaseState;
import org.mashang.cases.CaseSubmitted;
import org.mashang.cases.EventType;
import org.mashang.directory.Directory;
import org.mashang.platform.Attachment;
import org.mashang.platform.FileStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores a new message as a case, durably, in one transaction with its first timeline event. */
@Service
@RequiredArgsConstructor
public class CaseIntake {

    private final CaseRepository cases;
    private final Timeline timeline;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Directory directory;
    private final Stages stages;
    private final QueryCodes codes;

    @Transactional
    public Receipt submit(NewMessage message) {
        String code = QueryCodes.newCode();
        Instant now = clock.instant();
        String ticket = cases.nextTicket(now);
        String scopeKey = directory.scopeKey(message.streetId()); // once per submission: the row and the event carry it
        // stored unless the same form came before: one statement either way, no look-up first
        // the category suggests the urgency class; the review clock already runs on it, the reviewer confirms or changes it
        Urgency urgency = directory.suggestedUrgency(message.categoryId());
        Optional<Long> stored = cases.insert(message, ticket, codes.hash(ticket, code), CaseState.SUBMITTED, scopeKey, urgency, now);
        if (stored.isEmpty()) {
            // The same form sent twice: the first answer may never have reached the phone, so give a fresh code.
            CaseRecord c = cases.findBySubmissionKey(message.submissionKey()).orElseThrow();
            cases.replaceQueryCode(c.id(), codes.hash(c.ticket(), code));
            return new Receipt(c.id(), c.ticket(), code);
        }
        long id = stored.get();
        int position = 1;
        for (Attachment photo : message.photos()) {
            cases.addPhoto(id, position++, files.save(photo.content(), photo.contentType()).id());
        }
        String body = (message.occasion() == null ? "" : message.occasion() + "，") + message.channel().label() + "留言"
                + (message.photos().isEmpty() ? "" : "，附照片 " + message.photos().size() + " 张");
        if (message.enteredBy() == null) {
            timeline.appendFirst(id, EventType.SUBMITTED, ActorRole.RESIDENT, null, null, body, true, now);
        } else {
            timeline.appendFirst(id, EventType.SUBMITTED, ActorRole.STAFF, message.enteredBy().id(), message.enteredBy().displayName(),
                    body + "（由工作人员录入）", true, now);
        }
        stages.onStored(id, CaseState.SUBMITTED, urgency, now);
        events.publishEvent(new CaseSubmitted(id, ticket, message.channel(), message.deputyId(), message.stationId(),
                message.streetId(), now, message.categoryId(), message.blockId(), scopeKey, contact(id, ticket, message)));
        return new Receipt(id, ticket, code);
    }

    private static CaseContacts.ResidentContact contact(long id, String ticket, NewMessage m) {
        return m.residentPhone() == null && m.residentEmail() == null ? null : new CaseContacts.ResidentContact(id, ticket,
                m.residentName(), m.residentPhone(), m.residentEmail(), m.contactVerified() && m.residentPhone() != null);
    }
}
