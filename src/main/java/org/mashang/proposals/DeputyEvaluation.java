package org.mashang.proposals;

/** The lead deputy's evaluation of the answer. */
public enum DeputyEvaluation {
    SATISFIED("满意", ProposalAction.ACCEPT_ANSWER),
    BASICALLY_SATISFIED("基本满意", ProposalAction.ACCEPT_ANSWER),
    UNSATISFIED("不满意", ProposalAction.REJECT_ANSWER);

    private final String label;
    private final ProposalAction action;

    DeputyEvaluation(String label, ProposalAction action) {
        this.label = label;
        this.action = action;
    }

    public String label() {
        return label;
    }

    public ProposalAction action() {
        return action;
    }
}
