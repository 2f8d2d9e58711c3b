package org.mashang.proposals;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.mashang.platform.UserFacingException;

/**
 * Where a proposal stands, and the one place that says which action may follow which state. An answer the deputy is
 * not satisfied with is handled again once (重新办理); the second answer closes the proposal whatever the evaluation.
 */
public enum ProposalState {
    DRAFTED("草稿"),
    SUBMITTED("已提交，待登记交办"),
    ASSIGNED("已交办，承办单位办理中"),
    ANSWERED("已答复，待代表评价"),
    REHANDLING("代表不满意，重新办理中"),
    REANSWERED("重新办理已答复，待代表评价"),
    CLOSED("已办结");

    private static final Map<ProposalState, Map<ProposalAction, ProposalState>> RULES = new EnumMap<>(ProposalState.class);

    static {
        allow(DRAFTED, ProposalAction.EDIT, DRAFTED);
        allow(DRAFTED, ProposalAction.SUBMIT, SUBMITTED);
        allow(SUBMITTED, ProposalAction.ASSIGN, ASSIGNED);
        allow(ASSIGNED, ProposalAction.ANSWER, ANSWERED);
        allow(ANSWERED, ProposalAction.ACCEPT_ANSWER, CLOSED);
        allow(ANSWERED, ProposalAction.REJECT_ANSWER, REHANDLING);
        allow(REHANDLING, ProposalAction.ANSWER, REANSWERED);
        allow(REANSWERED, ProposalAction.ACCEPT_ANSWER, CLOSED);
        allow(REANSWERED, ProposalAction.REJECT_ANSWER, CLOSED);
    }

    private final String label;

    ProposalState(String label) {
        this.label = label;
    }

    private static void allow(ProposalState from, ProposalAction action, ProposalState to) {
        RULES.computeIfAbsent(from, s -> new EnumMap<>(ProposalAction.class)).put(action, to);
    }

    public String label() {
        return label;
    }

    public Optional<ProposalState> after(ProposalAction action) {
        return Optional.ofNullable(RULES.getOrDefault(this, Map.of()).get(action));
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
