package org.mashang.cases.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.EventType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What a resident holding the ticket and query code may see of their case. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CaseTracking {

    private static final Set<EventType> ANSWERS = java.util.EnumSet.of(EventType.REPLIED, EventType.RESOLVED, EventType.CLOSED,
            EventType.PROPOSAL_ANSWERED, EventType.REJECTED);

    private final CaseRepository cases;
    private final Timeline timeline;
    private final Stages stages;
    private final java.time.Clock clock;
    private final QueryCodeGate gate;

    /**
     * @param clientAddress the resident's address: wrong codes are counted per ticket and per address
     *                      ({@link QueryCodeGate}); over the limits a {@link org.mashang.platform.TooManyRequests}
     */
    @Transactional
    public Optional<Tracked> track(String ticket, String rawCode, String clientAddress) {
        return gate.open(ticket, rawCode, clientAddress).flatMap(cases::find).map(this::tracked);
    }

    /**
     * The case behind a receipt this server sealed into the resident's pass, while its code still opens it. One
     * statement: no transaction of its own (each one is two more round trips on every receipt).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<CaseRecord> receipt(String ticket, String code) {
        return gate.openSealed(ticket, code);
    }

    /**
     * The same view for a resident who proved, with a one-time code, that they hold the phone left with the case;
     * a query code locked after too many wrong tries works again.
     */
    @Transactional
    public Optional<Tracked> trackOwned(String ticket, String verifiedPhone) {
        if (ticket == null || verifiedPhone == null) {
            return Optional.empty();
        }
        Optional<Tracked> owned = cases.findByTicket(ticket.strip())
                .filter(c -> verifiedPhone.equals(c.residentPhone()))
                .map(this::tracked);
        owned.ifPresent(t -> gate.unlock(t.record().ticket()));
        return owned;
    }

    private Tracked tracked(CaseRecord c) {
        List<TimelineEvent> shown = timeline.events(c.id()).stream().filter(TimelineEvent::isPublic).toList();
        Map<Long, List<UUID>> attached = timeline.files(c.id());
        Map<Long, List<UUID>> files = new HashMap<>();
        shown.forEach(e -> files.put(e.id(), attached.getOrDefault(e.id(), List.of())));
        return new Tracked(c, shown, files, cases.photos(c.id()),
                stages.statuses(List.of(c.id()), clock.instant()).getOrDefault(c.id(), List.of()), timeline.verify(c.id()).isEmpty());
    }

    /**
     * @param files    photos attached to each shown event, by event id
     * @param photos   the resident's own photos
     * @param verified the whole timeline checked against its seals (see {@link Timeline#verify})
     */
    public record Tracked(CaseRecord record, List<TimelineEvent> publicEvents, Map<Long, List<UUID>> files, List<UUID> photos,
                          List<org.mashang.cases.StageStatus> openStages, boolean verified) {

        /** The newest answer the resident got (a reply, a direct solution, the answer after dispatch …), if any. */
        public Optional<TimelineEvent> latestAnswer() {
            for (int i = publicEvents.size() - 1; i >= 0; i--) {
                if (ANSWERS.contains(publicEvents.get(i).type())) {
                    return Optional.of(publicEvents.get(i));
                }
            }
            return Optional.empty();
        }

        public Set<UUID> fileIds() {
            Set<UUID> ids = new HashSet<>(photos);
            files.values().forEach(ids::addAll);
            return ids;
        }
    }
}
