package org.mashang.cases;

/** A clocked stage of the loop, each with its own deadline rule. */
public enum Stage {
    REVIEW("审核"),
    FIRST_REPLY("代表首次答复"),
    ASSIGNMENT("部门办理"),
    RESIDENT_REPLY("代表答复群众");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
