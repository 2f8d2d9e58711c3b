package org.mashang.directory;

import org.jspecify.annotations.Nullable;

/**
 * Choosing one liaison station among many. A street has one station and a district a dozen, which a page lists as they
 * are; a province has two thousand, which no page can list: there the user goes down the regions (city › district ›
 * street) or types part of a station's or street's name, and is shown at most {@link StationChoice#LISTED} stations at a
 * time.
 */
public interface StationChooser {

    /**
     * The choice within a scope.
     *
     * @param scopeId  the region the user may choose in (the staff member's), null for everywhere
     * @param regionId the region the user went down to, null for the scope itself
     * @param text     part of a station's or its street's name (at most {@link StationChoice#MAX_TEXT} characters), or
     *                 blank to go by the regions
     * @throws org.mashang.platform.UserFacingException 404 for a region outside the scope, 400 for too long a text
     */
    StationChoice choose(@Nullable Long scopeId, @Nullable Long regionId, @Nullable String text);
}
