package org.mashang.platform;

/**
 * An administrator changed accounts or reference data (users, deputies, departments, committees …): caches of such
 * data on this instance drop what they hold. Other instances catch up when their entries expire.
 */
public record ReferenceDataChanged(String what) {
}
