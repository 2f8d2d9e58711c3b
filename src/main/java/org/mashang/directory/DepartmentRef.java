package org.mashang.directory;

/** A department a case can be dispatched to. */
public record DepartmentRef(long id, String name, DepartmentLevel level, long regionId, String regionName, boolean active) {
}
