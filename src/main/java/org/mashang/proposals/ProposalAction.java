package org.mashang.proposals;

import lombok.RequiredArgsConstructor;

/** Everything that can happen to a proposal; {@link ProposalState#next} says when. */
@RequiredArgsConstructor
public enum ProposalAction {
    EDIT("修改草稿"),
    SUBMIT("提交"),
    ASSIGN("登记交办"),
    ANSWER("答复"),
    ACCEPT_ANSWER("评价满意或基本满意"),
    REJECT_ANSWER("评价不满意");

    private final String label;

    public String label() {
        return label;
    }
}
