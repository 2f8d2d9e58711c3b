package org.mashang.cases;

import org.jspecify.annotations.Nullable;
import org.mashang.accounts.StaffUser;

/**
 * The committee's reviewers' steps (审核), carried out by the review module through {@link CaseChanges}. Declared here,
 * with the loop, so that the loop's demo cases can be run through the real steps without cases depending on review.
 * Each step checks the role, the scope (404) and the state machine (409).
 */
public interface ReviewSteps {

    /**
     * @param responsibleDeputyId required for a message left for the whole station (the pool), ignored otherwise
     * @param publicText          the redacted text for the wall when {@code makePublic}; masked again before it is stored
     */
    void accept(StaffUser reviewer, long caseId, @Nullable Long responsibleDeputyId, boolean makePublic, String publicText);

    /**
     * As {@link #accept(StaffUser, long, Long, boolean, String)}, setting the case's urgency class (紧急程度) too: the one
     * the category suggested unless the reviewer chose another (null keeps it); the first reply's clock runs on it.
     */
    void accept(StaffUser reviewer, long caseId, Long responsibleDeputyId, boolean makePublic, String publicText,
                org.mashang.calendar.Urgency urgency);

    /**
     * Changes the urgency class of a case still being handled, with a reason that goes on the timeline; the running
     * case-level clock follows the new class (400 without a class or a reason or when it is the same, 409 once answered).
     */
    void changeUrgency(StaffUser reviewer, long caseId, org.mashang.calendar.Urgency urgency, String reason);

    void reject(StaffUser reviewer, long caseId, String reason);

    void merge(StaffUser reviewer, long caseId, String targetTicket);
}
