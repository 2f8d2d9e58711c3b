package org.mashang.directory.internal;

public record Station(long id, long regionId, String regionName, String name, String address, String phone, String openHours,
                      String code, boolean active) implements ReferenceItem {
}
