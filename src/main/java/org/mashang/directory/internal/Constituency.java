package org.mashang.directory.internal;

public record Constituency(long id, long regionId, String regionName, String name, String description,
                           boolean active) implements ReferenceItem {
}
