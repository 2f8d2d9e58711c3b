package org.mashang.proposals;

import lombok.RequiredArgsConstructor;

/** Progress of what an A or B answer promised, until it is done. */
@RequiredArgsConstructor
public enum ProgressStage {
    APPROVED("立项"),
    BUILDING("在建"),
    DONE("完成");

    private final String label;

    public String label() {
        return label;
    }
}
