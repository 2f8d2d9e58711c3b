package org.mashang.directory;

/** The level of government a department belongs to; the dispatcher picks the level that fits the issue. */
public enum DepartmentLevel {
    STREET("街道"),
    DISTRICT("区（县）"),
    CITY("市"),
    PROVINCE("省");

    private final String label;

    DepartmentLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
