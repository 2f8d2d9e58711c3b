package org.mashang.cases.internal;

import org.mashang.calendar.Urgency;
import org.mashang.cases.CaseUrgency;
import org.springframework.stereotype.Component;

/** Reads a case's urgency class by its key. */
@Component
class CaseUrgencyLookup implements CaseUrgency {

    private final CaseRepository cases;

    CaseUrgencyLookup(CaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public Urgency of(long caseId) {
        return cases.urgency(caseId).orElse(Urgency.NORMAL);
    }
}
