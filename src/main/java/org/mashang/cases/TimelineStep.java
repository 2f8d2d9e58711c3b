package org.mashang.cases;

/** One entry a step writes on the case's timeline; public ones are shown on the wall and to the resident. */
public record TimelineStep(EventType type, String body, boolean isPublic) {

    public static TimelineStep shown(EventType type, String body) {
        return new TimelineStep(type, body, true);
    }

    public static TimelineStep internal(EventType type, String body) {
        return new TimelineStep(type, body, false);
    }
}
