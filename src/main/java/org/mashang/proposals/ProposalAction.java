package org.mashang.proposals;

/** Everything that can happen to a proposal; {@link ProposalState#next} says when. */
public enum ProposalAction {
    EDIT("修改草稿"),
    SUBMIT("提交"),
    ASSIGN("登记交办"),
    ANSWER("答复"),
    ACCEPT_ANSWER("评价满意或基本满意"),
    REJECT_ANSWER("评价不满意");

    private final String label;

    ProposalAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
