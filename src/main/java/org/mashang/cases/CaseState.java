package org.mashang.cases;

import java.util.Optional;
import java.util.function.Predicate;
import lombok.RequiredArgsConstructor;
import org.mashang.calendar.Stage;

/** Where a case stands in the closed loop (闭环). */
@RequiredArgsConstructor
public enum CaseState {
    SUBMITTED("待审核"),
    ACCEPTED("已受理，待代表答复"),
    REJECTED("未受理"),
    REPLIED("代表已答复"),
    DISPATCH_REQUESTED("代表提请交办"),
    DISPATCHED("已交办部门"),
    FEEDBACK_RECEIVED("部门已反馈"),
    RESOLVED("代表已直接解决"),
    CLOSED("已答复群众，待评价"),
    EVALUATED("已评价"),
    REOPENED("重办中"),
    MERGED("已合并"),
    PROPOSAL("已形成代表建议"),
    PROPOSAL_ANSWERED("代表建议已答复");

    private final String label;

    public String label() {
        return label;
    }

    /** Waiting for the resident's evaluation: the problem is answered one way or another. */
    public boolean awaitsEvaluation() {
        return this == CLOSED || this == RESOLVED || this == PROPOSAL_ANSWERED;
    }

    /** The resident has had the answer (办结): waiting for the evaluation or evaluated. */
    public boolean answered() {
        return awaitsEvaluation() || this == EVALUATED;
    }

    /** No further action can change it. */
    public boolean terminal() {
        return this == REJECTED || this == MERGED;
    }

    /** Still being handled: neither refused, merged nor answered. */
    public boolean open() {
        return !terminal() && !answered();
    }

    /**
     * Accepted at review and not merged away: a case in handling or past it. Only such a case may be shown on the
     * public wall (when made public) or take in a duplicate by merging.
     */
    public boolean accepted() {
        return this != SUBMITTED && !terminal();
    }

    /**
     * A public case in handling that residents may join (我也反映): accepted and neither answered nor merged away. Joining
     * an answered case would only ask for an evaluation of an answer given to someone else.
     */
    public boolean joinable() {
        return accepted() && open();
    }

    /** The departments' assignments may change (report, return, extension) only while the case is with them. */
    public boolean withDepartments() {
        return this == DISPATCHED;
    }

    /** A dispatch from here starts a new round of assignments; otherwise departments join the current round. */
    public boolean startsNewDispatchRound() {
        return this == REOPENED;
    }

    /** The case-level stage whose clock runs while a case is in this state, if any (assignments have their own). */
    public Optional<Stage> clockedStage() {
        return Optional.ofNullable(switch (this) {
            case SUBMITTED -> Stage.REVIEW;
            case ACCEPTED, REOPENED -> Stage.FIRST_REPLY;
            case FEEDBACK_RECEIVED -> Stage.RESIDENT_REPLY;
            default -> null;
        });
    }

    /**
     * A clock may run on the case: its own stage's ({@link #clockedStage}) or a department's assignment's, which only runs
     * while the case is with them (the case leaves them once no assignment of the round is open). So only a case in such a
     * state can be overdue (督办), and the dispatcher's overdue list reads those of its scope, not every case.
     */
    public boolean clocked() {
        return clockedStage().isPresent() || withDepartments();
    }

    /** The names of the states a rule holds for, to bind in SQL ({@code state = any(:states)}). */
    public static String[] namesWhere(Predicate<CaseState> rule) {
        return org.mashang.platform.EnumNames.where(values(), rule);
    }
}
