package org.mashang.proposals.internal;

import lombok.RequiredArgsConstructor;

/** What a step on a proposal's timeline was. */
@RequiredArgsConstructor
public enum ProposalEventType {
    SUBMITTED("代表提交建议"),
    ASSIGNED("登记交办"),
    ANSWERED("承办单位答复"),
    EVALUATED("代表评价"),
    REHANDLING("重新办理"),
    PROGRESS("办理进展"),
    DUE_SOON("答复期限将到"),
    ESCALATED("督办：答复已逾期");

    private final String label;

    public String label() {
        return label;
    }
}
