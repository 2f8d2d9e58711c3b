package org.mashang.cases;

import org.mashang.calendar.Urgency;

/** The urgency class of a case, for modules that treat urgent cases differently (notices sent at once). */
public interface CaseUrgency {

    /** @return the case's class; {@link Urgency#NORMAL} for an unknown case */
    Urgency of(long caseId);
}
