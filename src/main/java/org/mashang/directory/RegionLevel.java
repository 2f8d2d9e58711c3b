package org.mashang.directory;

import lombok.RequiredArgsConstructor;

/** Levels of the region tree; a child is always at a deeper rank than its parent. */
@RequiredArgsConstructor
public enum RegionLevel {
    PROVINCE("省", 1),
    CITY("市", 2),
    DISTRICT("区（县）", 3),
    STREET("街道（乡镇）", 4),
    COMMUNITY("社区", 5),
    VILLAGE("村", 5),
    BLOCK("区块", 6);

    private final String label;
    private final int rank;

    public String label() {
        return label;
    }

    public boolean mayContain(RegionLevel child) {
        return child.rank > rank;
    }
}
