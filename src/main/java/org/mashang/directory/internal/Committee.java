package org.mashang.directory.internal;

public record Committee(long id, long regionId, String regionName, String name, String headName, String headPhone,
                        boolean active) implements ReferenceItem {
}
