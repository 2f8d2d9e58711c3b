package org.mashang.directory.internal;

/** One row of reference data an administrator lists and may deactivate (a deactivated item stays, marked as such). */
public interface ReferenceItem {

    long id();

    boolean active();
}
