package org.mashang.directory.internal;

import org.mashang.directory.RegionLevel;

public record Region(long id, Long parentId, RegionLevel level, String name, String path, boolean active) implements ReferenceItem {

    public boolean isAncestorOf(Region other) {
        return other.path.startsWith(path) && other.id != id;
    }
}
