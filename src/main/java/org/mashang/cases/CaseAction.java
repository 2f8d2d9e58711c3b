package org.mashang.cases;

import lombok.RequiredArgsConstructor;

/** Everything that can happen to a case, and who may do it. */
@RequiredArgsConstructor
public enum CaseAction {
    ACCEPT("受理", Actor.REVIEWER),
    REJECT("不予受理", Actor.REVIEWER),
    MERGE("合并到其他留言", Actor.REVIEWER),
    REPLY("代表答复", Actor.DEPUTY),
    RESOLVE("代表直接解决", Actor.DEPUTY),
    REQUEST_DISPATCH("提请交办", Actor.DEPUTY),
    DISPATCH("交办部门", Actor.DISPATCHER),
    COMPLETE_FEEDBACK("部门反馈齐全", Actor.SYSTEM),
    REPLY_TO_RESIDENT("答复群众", Actor.DEPUTY),
    RAISE_PROPOSAL("转为代表建议", Actor.DEPUTY),
    ANSWER_PROPOSAL("记录建议答复", Actor.DEPUTY),
    EVALUATE("评价", Actor.RESIDENT),
    REOPEN("重办", Actor.RESIDENT);

    /** Who performs an action; the workbench of that role offers it. */
    public enum Actor { REVIEWER, DEPUTY, DISPATCHER, RESIDENT, SYSTEM }

    private final String label;
    private final Actor actor;

    public String label() {
        return label;
    }

    public Actor actor() {
        return actor;
    }
}
