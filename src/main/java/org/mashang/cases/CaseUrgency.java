package org.mashang.cases;

import java.util.Collection;
import org.mashang.calendar.Urgency;

/** The urgency class of a case, for modules that treat urgent cases differently (notices sent at once). */
public interface CaseUrgency {

    /** @return the case's class; {@link Urgency#NORMAL} for an unknown case */
    Urgency of(long caseId);

    /** Whether any of these cases is {@link Urgency#URGENT} (a digest of many is sent at once if one is), in one look-up. */
    boolean anyUrgent(Collection<Long> caseIds);
}
