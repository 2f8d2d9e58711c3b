package org.mashang.cases;

import lombok.RequiredArgsConstructor;

/** Kinds of timeline events, with the words the timeline shows. */
@RequiredArgsConstructor
public enum EventType {
    SUBMITTED("群众留言"),
    ACCEPTED("审核受理"),
    REJECTED("不予受理"),
    PUBLISHED("公开内容"),
    MERGED("合并办理"),
    MERGED_IN("合并了重复留言"),
    REPLIED("代表答复"),
    RESOLVED("代表直接解决"),
    DISPATCH_REQUESTED("代表提请交办"),
    DISPATCHED("交办部门"),
    FEEDBACK("部门反馈"),
    /** A co-handler's report to the lead department (internal: the lead's feedback is what the resident sees). */
    CO_HANDLER_FEEDBACK("协办部门反馈"),
    RETURNED("部门退回"),
    EXTENSION_REQUESTED("部门申请延期"),
    EXTENSION_GRANTED("同意延期"),
    EXTENSION_DENIED("不同意延期"),
    FEEDBACK_COMPLETE("部门反馈齐全"),
    CLOSED("代表答复群众"),
    /** What came of the case in figures (挽回经济损失 元 …), recorded by the deputy with the final reply. */
    OUTCOMES("办理成效"),
    EVALUATED("群众评价"),
    /** Staff recorded the evaluation by phone (回访) for a resident who cannot evaluate online. */
    FOLLOW_UP("电话回访评价"),
    REOPENED("重新办理"),
    PROPOSAL_RAISED("形成代表建议"),
    PROPOSAL_ANSWERED("代表建议已答复"),
    /** The case's urgency class was set or changed, with the reason; its clocks follow (internal). */
    URGENCY_CHANGED("紧急程度"),
    CLOCK_PAUSED("暂停计时"),
    CLOCK_RESUMED("恢复计时"),
    ESCALATED("督办"),
    EXTERNAL_PROGRESS("外部平台进展"),
    /** A department looked at the resident's full phone number (internal: who saw it is on record). */
    PHONE_REVEALED("查看群众电话"),
    /** Handed up to the committee of the level above (本辖区无法解决，转送). */
    TRANSFERRED("转送上级"),
    /** Handed back down to the committee it came from (退回). */
    SENT_BACK("退回下级"),
    /** A deputy joined the case beside the responsible one (联名代表). */
    CO_DEPUTY_JOINED("联名代表");

    private final String label;

    public String label() {
        return label;
    }
}
