package org.mashang.proposals;

/** Progress of what an A or B answer promised, until it is done. */
public enum ProgressStage {
    APPROVED("立项"),
    BUILDING("在建"),
    DONE("完成");

    private final String label;

    ProgressStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
