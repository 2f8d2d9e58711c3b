package org.mashang.directory.internal;

/** @param urgency the urgency class suggested for a new case of this category */
public record Category(long id, String name, int sortOrder, boolean active, org.mashang.calendar.Urgency urgency) implements ReferenceItem {
}
