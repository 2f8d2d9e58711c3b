package org.mashang.directory.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mashang.directory.RegionLevel;

/**
 * The regions a province's pages ask about on every request (is this station within that district? what is this
 * street's scope key?), held in memory: the province, its cities and districts and their ~2,000 streets, active or not.
 * Communities, villages and blocks (a province has about 16,000 and 96,000) are not held: a question about one of them
 * is not {@link #knows known} here and goes to the database as before.
 */
final class RegionTree {

    /** The levels held: those that may hold a street, and the street. */
    static final Set<RegionLevel> LEVELS = EnumSet.of(RegionLevel.PROVINCE, RegionLevel.CITY, RegionLevel.DISTRICT,
            RegionLevel.STREET);

    static final RegionTree EMPTY = new RegionTree(List.of());

    /** In the order given (the database's, by path), so lists read from it come out as the database's did. */
    private final Map<Long, Region> byId = new LinkedHashMap<>();

    /** @param regions in tree order (by path); those not of {@link #LEVELS} are left out */
    RegionTree(List<Region> regions) {
        regions.stream().filter(r -> LEVELS.contains(r.level())).forEach(r -> byId.put(r.id(), r));
    }

    int size() {
        return byId.size();
    }

    /** Whether the region is held here (it exists and is above a community). */
    boolean knows(long regionId) {
        return byId.containsKey(regionId);
    }

    Optional<Region> find(long regionId) {
        return Optional.ofNullable(byId.get(regionId));
    }

    /** True when both are held and {@code regionId} is {@code ancestorId} or lies below it. */
    boolean isWithin(long regionId, long ancestorId) {
        Region region = byId.get(regionId);
        Region ancestor = byId.get(ancestorId);
        return region != null && ancestor != null && region.path().startsWith(ancestor.path());
    }

    /** The region and every region above it, root first (empty when it is not held). */
    List<Region> lineage(long regionId) {
        List<Region> up = new ArrayList<>();
        for (Region r = byId.get(regionId); r != null; r = r.parentId() == null ? null : byId.get(r.parentId())) {
            up.add(0, r);
        }
        return up;
    }

    /** The active regions of the given levels (all of them held here), in tree order. */
    List<Region> active(Set<RegionLevel> levels) {
        return byId.values().stream().filter(r -> r.active() && levels.contains(r.level())).toList();
    }
}
