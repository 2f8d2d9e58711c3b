package org.mashang.cases.internal;

/** Kinds of timeline events, with the words the public timeline uses. */
public enum EventType {
    SUBMITTED("群众留言");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
