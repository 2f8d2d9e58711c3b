package org.mashang.directory;

import lombok.RequiredArgsConstructor;

/** The level of government a department belongs to; the dispatcher picks the level that fits the issue. */
@RequiredArgsConstructor
public enum DepartmentLevel {
    STREET("街道"),
    DISTRICT("区（县）"),
    CITY("市"),
    PROVINCE("省");

    private final String label;

    public String label() {
        return label;
    }
}
