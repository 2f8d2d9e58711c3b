package org.mashang.directory;

import lombok.RequiredArgsConstructor;

/** 代表层级: the level of people's congress a deputy was elected to. */
@RequiredArgsConstructor
public enum DeputyLevel {
    NATIONAL("全国人大代表"),
    PROVINCIAL("省人大代表"),
    CITY("市人大代表"),
    COUNTY("区（县）人大代表"),
    TOWNSHIP("乡镇人大代表");

    private final String label;

    public String label() {
        return label;
    }
}
