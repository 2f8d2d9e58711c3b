package org.mashang.cases.internal;

import java.util.Collection;
import lombok.RequiredArgsConstructor;
import org.mashang.calendar.Urgency;
import org.mashang.cases.CaseUrgency;
import org.springframework.stereotype.Component;

/** Reads a case's urgency class by its key. */
@Component
@RequiredArgsConstructor
class CaseUrgencyLookup implements CaseUrgency {

    private final CaseRepository cases;

    @Override
    public Urgency of(long caseId) {
        return cases.urgency(caseId).orElse(Urgency.NORMAL);
    }

    @Override
    public boolean anyUrgent(Collection<Long> caseIds) {
        return !caseIds.isEmpty() && cases.anyUrgent(caseIds);
    }
}
