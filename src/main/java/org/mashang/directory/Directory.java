package org.mashang.directory;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Read access to reference data for the other modules. */
public interface Directory {

    Optional<DeputyCard> deputyByCode(String code);

    Optional<DeputyCard> deputy(long id);

    /** The deputy's photo as uploaded (JPEG or PNG), if they have one. */
    Optional<byte[]> deputyPhoto(long id);

    /** Deputies stationed at a station; {@code servingOnly} drops inactive ones and those out of term. */
    List<DeputyCard> deputiesOfStation(long stationId, boolean servingOnly);

    /**
     * A page of the deputies serving today at the active stations of a region (its scope key, "" for everywhere) or at one
     * station, by name (code-point order, ties by id) from {@code offset}: the deputies' league sorted by name reads its
     * page of a province's 100,000 deputies without the stations' lists.
     */
    List<DeputyCard> servingDeputiesByName(String scopeKey, @org.jspecify.annotations.Nullable Long stationId, boolean ascending,
                                           int offset, int limit);

    /** Whether the deputy serves at the station now: a message may be addressed to them there. */
    default boolean servesAt(long stationId, long deputyId) {
        return deputiesOfStation(stationId, true).stream().anyMatch(d -> d.id() == deputyId);
    }

    Optional<StationCard> station(long id);

    Optional<StationCard> stationByCode(String code);

    List<StationCard> activeStations();

    /** The active stations of a region's streets; every active station when no region is given (an administrator of all). */
    default List<StationCard> activeStationsWithin(@Nullable Long regionId) {
        return activeStations().stream().filter(s -> regionId == null || isWithin(s.streetId(), regionId)).toList();
    }

    List<Ref> activeCategories();

    /** Whether a message may be filed under the category: it exists and is active. */
    default boolean isActiveCategory(long categoryId) {
        return activeCategories().stream().anyMatch(c -> c.id() == categoryId);
    }

    Optional<Ref> category(long id);

    /** The urgency class a category suggests for a new case (一般 for an unknown one); the reviewer sets the case's class. */
    org.mashang.calendar.Urgency suggestedUrgency(long categoryId);

    /** Active blocks anywhere under the street (through its communities and villages). */
    List<Ref> blocksOfStreet(long streetId);

    /** Whether the block is an active one of the street: a message's block must lie in its station's street. */
    default boolean isBlockOf(long streetId, long blockId) {
        return blocksOfStreet(streetId).stream().anyMatch(b -> b.id() == blockId);
    }

    Optional<Ref> region(long id);

    /** The level of a region in the tree (a street, a district …); empty when there is no such region. */
    Optional<RegionLevel> regionLevel(long id);

    /**
     * An opaque key of the region's place in the tree: the key of anything below a region starts with
     * the region's own key. Other modules store it to filter their rows by region without joining ours.
     */
    String scopeKey(long regionId);

    /** True when {@code regionId} is {@code ancestorId} itself or lies anywhere below it. */
    boolean isWithin(long regionId, long ancestorId);

    /** Departments that can take work from a street: its own offices and the bureaus above it. */
    List<DepartmentRef> departmentsServing(long streetId);

    Optional<DepartmentRef> department(long id);

    /**
     * Departments the committee of a region dispatches to (分级交办): the region's own and those of the regions above it up
     * to the next region with a committee of its own, whose departments are reached by transferring the case up to it.
     */
    List<DepartmentRef> departmentsOfCommittee(long regionId);

    List<DepartmentRef> activeDepartments();

    /** Names of many things of one kind at once (for reports); ids that do not exist are left out. */
    java.util.Map<Long, String> names(NameKind kind, java.util.Collection<Long> ids);

    enum NameKind { DEPUTY, STATION, REGION, CATEGORY, DEPARTMENT }

    List<Ref> activeDeputies();

    /** The active working committee of the street, or of the nearest region above it that has one. */
    Optional<CommitteeCard> committeeOfStreet(long streetId);

    /** The region and every region above it, root first (empty when there is no such region). */
    List<Ref> lineage(long regionId);

    /**
     * The active region and the active regions below it of the given levels, in tree order, each named by its path
     * below {@code ancestorId} (e.g. 万楼社区 › 第1区块) so that blocks of the same name stay apart.
     */
    List<Ref> regionsWithin(long ancestorId, java.util.Set<RegionLevel> levels);

    /** Active regions of the given levels, in tree order. */
    List<Ref> activeRegions(java.util.Set<RegionLevel> levels);
}
