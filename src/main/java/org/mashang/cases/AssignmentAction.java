package org.mashang.cases;

import lombok.RequiredArgsConstructor;

@RequiredArgsConstructor
public enum AssignmentAction {
    REPORT("反馈办理结果"),
    RETURN("退回"),
    REQUEST_EXTENSION("申请延期"),
    GRANT_EXTENSION("同意延期"),
    DENY_EXTENSION("不同意延期"),
    CLOSE_WITH_LEAD("随主办部门办结");

    private final String label;

    public String label() {
        return label;
    }
}
