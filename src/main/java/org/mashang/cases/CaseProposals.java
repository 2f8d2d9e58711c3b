package org.mashang.cases;

import java.util.List;
import org.mashang.accounts.StaffUser;

/**
 * What the proposals module does to the cases a proposal grew from: the cases wait in "已形成代表建议" from the
 * proposal's submission until its answer, which answers them too (the residents are asked to evaluate). Each step goes
 * on the case's public timeline.
 */
public interface CaseProposals {

    /** The cases the deputy is responsible for whose state allows raising a proposal, most recently changed first. */
    List<ProposableCase> proposable(StaffUser deputy);

    /**
     * Checks that the deputy is responsible for every case and that each may become a proposal (400 / 409 otherwise).
     *
     * @return the cases' tickets, in the order given
     */
    List<String> checkProposable(StaffUser deputy, List<Long> caseIds);

    /** The proposal was submitted: the cases move to "已形成代表建议". */
    void raised(StaffUser deputy, List<Long> caseIds, String reference, String title);

    /** The proposal was answered: the cases still waiting for it are answered with its class and text. */
    void answered(List<Long> caseIds, String actorName, String text);

    /** A text for the public with personal data hidden, as on the public wall (phone numbers, ID numbers, e-mail). */
    String maskForPublic(String text);
}
