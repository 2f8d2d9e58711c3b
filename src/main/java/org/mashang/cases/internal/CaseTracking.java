package org.mashang.cases.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a resident holding the ticket and query code may see of their case. */
@Service
@Transactional(readOnly = true)
public class CaseTracking {

    private final CaseRepository cases;
    private final Timeline timeline;

    CaseTracking(CaseRepository cases, Timeline timeline) {
        this.cases = cases;
        this.timeline = timeline;
    }

    public Optional<Tracked> track(String ticket, String rawCode) {
        String code = QueryCodes.normalize(rawCode);
        if (ticket == null || code.isEmpty()) {
            return Optional.empty();
        }
        return cases.findByTicket(ticket.strip())
                .filter(c -> QueryCodes.matches(c.ticket(), code, c.queryCodeHash()))
                .map(c -> new Tracked(c, timeline.events(c.id()).stream().filter(TimelineEvent::isPublic).toList()));
    }

    public record Tracked(CaseRecord record, List<TimelineEvent> publicEvents) {
    }
}
