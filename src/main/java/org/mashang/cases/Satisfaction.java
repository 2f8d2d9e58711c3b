package org.mashang.cases;

import lombok.RequiredArgsConstructor;

/** The resident's evaluation (评价). */
@RequiredArgsConstructor
public enum Satisfaction {
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    UNSATISFIED("不满意");

    private final String label;

    public String label() {
        return label;
    }

    /** 满意 and 基本满意 count as satisfied in every figure (the satisfaction rate). */
    public boolean satisfied() {
        return this != UNSATISFIED;
    }

    /** The evaluation a form sent, or null when it sent none or a value that is not one (the step then asks for one). */
    public static Satisfaction of(String value) {
        try {
            return value == null ? null : valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
