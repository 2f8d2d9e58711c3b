package org.mashang.cases;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.platform.OutcomeInput;

/**
 * The deputy's and the resident's steps on a case, and the clocks (review's steps are {@link ReviewSteps}, dispatch's
 * {@link DispatchSteps}). Each method checks that the user holds the role for the action, that the
 * case is in that role's data scope (404 otherwise) and that the state machine allows the action (409).
 */
public interface CaseWorkflow {

    // the deputy

    void reply(StaffUser deputy, long caseId, String text);

    /** A final reply (直接解决) without outcome figures. */
    void resolve(StaffUser deputy, long caseId, String text);

    /**
     * A final reply (直接解决) with what came of the case in figures: the outcome lines activities have (挽回经济损失 元,
     * 帮助群众 人 …; lines left empty are ignored, a bad one is refused with 400 naming its field). They replace those
     * recorded with an earlier final reply, go on the public timeline and count in the statistics and the deputy's record.
     */
    void resolve(StaffUser deputy, long caseId, String text, List<OutcomeInput> outcomes);

    void requestDispatch(StaffUser deputy, long caseId, List<Long> suggestedDepartmentIds, String note);

    void replyToResident(StaffUser deputy, long caseId, String text);

    /** The final reply to the resident after the departments' feedback, with outcomes as {@link #resolve(StaffUser, long, String, List)}. */
    void replyToResident(StaffUser deputy, long caseId, String text, List<OutcomeInput> outcomes);

    void raiseProposal(StaffUser deputy, long caseId, String proposalNumber, String text);

    void answerProposal(StaffUser deputy, long caseId, String answer);

    // clocks: pausing is explicit and recorded (e.g. while waiting on the resident)

    /** Stops the clock of the case's current stage: reviewers for the review, the responsible deputy for replies. */
    void pauseClock(StaffUser user, Role role, long caseId, String reason);

    /** Restarts it; the deadline moves on by the working days the pause lasted. */
    void resumeClock(StaffUser user, Role role, long caseId);

    // the resident, proved by ticket and query code

    /**
     * "没有解决" (unsatisfied) reopens the case (重办): the resident's one way to send it back.
     *
     * @param clientAddress the resident's address, for the limits on wrong query codes; null for the application's own calls
     * @param commentPublic the comment goes on the public timeline with the evaluation; otherwise only staff see it
     */
    void evaluate(String ticket, String queryCode, @Nullable String clientAddress, Satisfaction satisfaction, String comment,
                  boolean commentPublic);

    /**
     * 回访: committee staff (a reviewer) record by phone the evaluation of a resident who cannot evaluate online; marked
     * as such on the timeline and counted apart in the statistics. "没有解决" reopens the case as the resident's would.
     *
     * @param note what the resident said on the phone (internal: only staff read it)
     */
    void followUp(StaffUser staff, long caseId, Satisfaction satisfaction, String note);

    /** 回访 on a case already locked by the member of staff recording it (a dispatcher of the level holding it). */
    void followUp(LockedCase c, Satisfaction satisfaction, String note);

    // the resident, proved by a verified phone (the one left with the case)

    void evaluateAsOwner(String ticket, String verifiedPhone, Satisfaction satisfaction, String comment, boolean commentPublic);
}
