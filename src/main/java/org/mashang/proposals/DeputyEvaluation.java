package org.mashang.proposals;

import lombok.RequiredArgsConstructor;

/** The lead deputy's evaluation of the answer. */
@RequiredArgsConstructor
public enum DeputyEvaluation {
    SATISFIED("满意", ProposalAction.ACCEPT_ANSWER),
    BASICALLY_SATISFIED("基本满意", ProposalAction.ACCEPT_ANSWER),
    UNSATISFIED("不满意", ProposalAction.REJECT_ANSWER);

    private final String label;
    private final ProposalAction action;

    public String label() {
        return label;
    }

    public ProposalAction action() {
        return action;
    }
}
