package org.mashang.cases;

/** Where a case stands in the closed loop (闭环). */
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

    CaseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Waiting for the resident's evaluation: the problem is answered one way or another. */
    public boolean awaitsEvaluation() {
        return this == CLOSED || this == RESOLVED || this == PROPOSAL_ANSWERED;
    }

    /** No further action can change it. */
    public boolean terminal() {
        return this == REJECTED || this == MERGED;
    }
}
