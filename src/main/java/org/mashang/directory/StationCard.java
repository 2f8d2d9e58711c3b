package org.mashang.directory;

/** A liaison station and the street whose committee runs it. */
public record StationCard(
        long id,
        String code,
        String name,
        String address,
        String phone,
        String openHours,
        long streetId,
        String streetName,
        boolean active) {
}
