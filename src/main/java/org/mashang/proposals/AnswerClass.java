package org.mashang.proposals;

import lombok.RequiredArgsConstructor;

/** 答复分类: how the handling units classed their answer. */
@RequiredArgsConstructor
public enum AnswerClass {
    A("A类：已解决或采纳"),
    B("B类：正在解决或列入计划"),
    C("C类：因条件限制留作参考，以后研究解决"),
    D("D类：留作参考");

    private final String label;

    public String label() {
        return label;
    }

    /** What is solved or planned is followed until done. */
    public boolean followedUp() {
        return this == A || this == B;
    }
}
