package org.mashang.directory.internal;

public record Category(long id, String name, int sortOrder, boolean active) implements ReferenceItem {
}
