package org.mashang.directory.internal;

import org.mashang.directory.DepartmentLevel;

public record Department(long id, long regionId, String regionName, String name, DepartmentLevel level, String phone, String duties,
                         boolean active) implements ReferenceItem {
}
