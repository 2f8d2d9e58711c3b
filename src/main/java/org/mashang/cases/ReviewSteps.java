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

    void reject(StaffUser reviewer, long caseId, String reason);

    void merge(StaffUser reviewer, long caseId, String targetTicket);
}
