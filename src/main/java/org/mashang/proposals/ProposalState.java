package org.mashang.proposals;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.Transitions;
import org.mashang.platform.UserFacingException;

/**
 * Where a proposal stands, and the one place that says which action may follow which state. An answer the deputy is
 * not satisfied with is handled again once (重新办理); the second answer closes the proposal whatever the evaluation.
 */
@RequiredArgsConstructor
public enum ProposalState {
    DRAFTED("草稿"),
    SUBMITTED("已提交，待登记交办"),
    ASSIGNED("已交办，承办单位办理中"),
    ANSWERED("已答复，待代表评价"),
    REHANDLING("代表不满意，重新办理中"),
    REANSWERED("重新办理已答复，待代表评价"),
    CLOSED("已办结");

    private static final Transitions<ProposalState, ProposalAction> RULES =
            new Transitions<>(ProposalState.class, ProposalAction.class);

    static {
        RULES.allow(DRAFTED, ProposalAction.EDIT, DRAFTED);
        RULES.allow(DRAFTED, ProposalAction.SUBMIT, SUBMITTED);
        RULES.allow(SUBMITTED, ProposalAction.ASSIGN, ASSIGNED);
        RULES.allow(ASSIGNED, ProposalAction.ANSWER, ANSWERED);
        RULES.allow(ANSWERED, ProposalAction.ACCEPT_ANSWER, CLOSED);
        RULES.allow(ANSWERED, ProposalAction.REJECT_ANSWER, REHANDLING);
        RULES.allow(REHANDLING, ProposalAction.ANSWER, REANSWERED);
        RULES.allow(REANSWERED, ProposalAction.ACCEPT_ANSWER, CLOSED);
        RULES.allow(REANSWERED, ProposalAction.REJECT_ANSWER, CLOSED);
    }

    private final String label;

    public String label() {
        return label;
    }

    public Optional<ProposalState> after(ProposalAction action) {
        return RULES.after(this, action);
    }

    public boolean allows(ProposalAction action) {
        return after(action).isPresent();
    }

    /** @throws UserFacingException 409 with the reason when the state does not allow the action */
    public ProposalState next(ProposalAction action) {
        return after(action).orElseThrow(() -> UserFacingException.conflict(
                "代表建议当前状态为「" + label + "」，不能" + action.label()));
    }

    /** The handling units' clock runs (three or six months from assignment). */
    public boolean clockRuns() {
        return this == ASSIGNED || this == REHANDLING;
    }

    /** Public once submitted: drafts are the deputy's own. */
    public boolean published() {
        return this != DRAFTED;
    }

    /** Waiting for the committee to register and assign it. */
    public boolean awaitsAssignment() {
        return this == SUBMITTED;
    }

    /** A and B answers get progress updates (立项 / 在建 / 完成) once answered, also after closing. */
    public boolean takesProgress() {
        return this == ANSWERED || this == REANSWERED || this == CLOSED;
    }
}
