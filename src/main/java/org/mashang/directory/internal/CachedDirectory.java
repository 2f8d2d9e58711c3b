package org.mashang.directory.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.directory.CommitteeCard;
import org.mashang.directory.DepartmentRef;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.mashang.directory.RegionLevel;
import org.mashang.directory.StationCard;
import org.mashang.platform.ReferenceDataChanged;
import org.mashang.platform.TtlCache;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reference data as the other modules read it on every page and every message: kept in memory, dropped when an
 * administrator changes anything (after the change commits), and on other instances after at most {@link #TTL}. The
 * province-size lists and the region tree down to the streets are {@link DirectoryLists kept ready} instead: renewed,
 * not dropped, and never read in a visitor's request once loaded.
 * A deputy's card says whether they serve today, so cards are kept per day. Reads that hit the cache open no
 * transaction and take no connection.
 */
@Primary
@Component
@RequiredArgsConstructor
class CachedDirectory implements Directory {

    static final Duration TTL = Duration.ofSeconds(30);

    private final DirectoryService directory;
    private final DirectoryLists lists;
    private final Clock clock;
    private final TtlCache<List<Object>, Object> cache = new TtlCache<>(TTL);

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReferenceDataChanged e) {
        cache.clear();
        lists.renewNow();
    }

    /** From the lists kept ready when they are, else loaded (and cached) by this reader. */
    private <T> T listed(Function<DirectoryLists.Lists, T> fromLists, Supplier<T> load, String key) {
        DirectoryLists.Lists held = lists.current();
        return held != null ? fromLists.apply(held) : cached(load, key);
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(Supplier<T> load, Object... key) {
        return (T) cache.get(List.of(key), k -> load.get());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public Optional<DeputyCard> deputyByCode(String code) {
        return cached(() -> directory.deputyByCode(code), "deputyByCode", code, today());
    }

    @Override
    public Optional<DeputyCard> deputy(long id) {
        return cached(() -> directory.deputy(id), "deputy", id, today());
    }

    @Override
    public Optional<byte[]> deputyPhoto(long id) {
        return directory.deputyPhoto(id);
    }

    @Override
    public List<DeputyCard> deputiesOfStation(long stationId, boolean servingOnly) {
        return cached(() -> directory.deputiesOfStation(stationId, servingOnly), "deputiesOfStation", stationId, servingOnly, today());
    }

    @Override
    public List<DeputyCard> servingDeputiesByName(String scopeKey, @Nullable Long stationId, boolean ascending, int offset, int limit) {
        List<Long> ids = cached(() -> directory.servingIdsByName(scopeKey, stationId, ascending, offset, limit), "servingIdsByName",
                scopeKey, stationId == null ? 0L : stationId, ascending, offset, limit, today());
        return ids.stream().map(this::deputy).flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<StationCard> station(long id) {
        return cached(() -> directory.station(id), "station", id);
    }

    @Override
    public Optional<StationCard> stationByCode(String code) {
        return cached(() -> directory.stationByCode(code), "stationByCode", code);
    }

    @Override
    public List<StationCard> activeStations() {
        return listed(DirectoryLists.Lists::stations, directory::activeStations, "activeStations");
    }

    @Override
    public List<Ref> activeCategories() {
        return listed(DirectoryLists.Lists::categories, directory::activeCategories, "activeCategories");
    }

    @Override
    public Optional<Ref> category(long id) {
        return cached(() -> directory.category(id), "category", id);
    }

    @Override
    public org.mashang.calendar.Urgency suggestedUrgency(long categoryId) {
        return cached(() -> directory.suggestedUrgency(categoryId), "category-urgency", categoryId);
    }

    @Override
    public List<Ref> blocksOfStreet(long streetId) {
        return cached(() -> directory.blocksOfStreet(streetId), "blocksOfStreet", streetId);
    }

    @Override
    public Optional<Ref> region(long id) {
        Optional<Region> held = lists.tree().find(id);
        return held.isPresent() ? held.map(r -> new Ref(r.id(), r.name())) : cached(() -> directory.region(id), "region", id);
    }

    @Override
    public List<DepartmentRef> departmentsOfCommittee(long regionId) {
        return cached(() -> directory.departmentsOfCommittee(regionId), "departmentsOfCommittee", regionId);
    }

    @Override
    public Optional<RegionLevel> regionLevel(long id) {
        Optional<Region> held = lists.tree().find(id);
        return held.isPresent() ? held.map(Region::level) : cached(() -> directory.regionLevel(id), "regionLevel", id);
    }

    @Override
    public String scopeKey(long regionId) {
        Optional<Region> held = lists.tree().find(regionId);
        return held.isPresent() ? held.get().path() : cached(() -> directory.scopeKey(regionId), "scopeKey", regionId);
    }

    @Override
    public boolean isWithin(long regionId, long ancestorId) {
        RegionTree tree = lists.tree();
        return tree.knows(regionId) && tree.knows(ancestorId) ? tree.isWithin(regionId, ancestorId)
                : cached(() -> directory.isWithin(regionId, ancestorId), "isWithin", regionId, ancestorId);
    }

    @Override
    public List<DepartmentRef> departmentsServing(long streetId) {
        return cached(() -> directory.departmentsServing(streetId), "departmentsServing", streetId);
    }

    @Override
    public Optional<DepartmentRef> department(long id) {
        return cached(() -> directory.department(id), "department", id);
    }

    @Override
    public List<DepartmentRef> activeDepartments() {
        return listed(DirectoryLists.Lists::departments, directory::activeDepartments, "activeDepartments");
    }

    @Override
    public Map<Long, String> names(NameKind kind, Collection<Long> ids) {
        return directory.names(kind, ids);
    }

    @Override
    public List<Ref> activeDeputies() {
        return cached(directory::activeDeputies, "activeDeputies");
    }

    @Override
    public Optional<CommitteeCard> committeeOfStreet(long streetId) {
        return cached(() -> directory.committeeOfStreet(streetId), "committeeOfStreet", streetId);
    }

    @Override
    public List<Ref> lineage(long regionId) {
        RegionTree tree = lists.tree();
        return tree.knows(regionId) ? tree.lineage(regionId).stream().map(r -> new Ref(r.id(), r.name())).toList()
                : cached(() -> directory.lineage(regionId), "lineage", regionId);
    }

    @Override
    public List<Ref> regionsWithin(long ancestorId, Set<RegionLevel> levels) {
        return cached(() -> directory.regionsWithin(ancestorId, levels), "regionsWithin", ancestorId, Set.copyOf(levels));
    }

    @Override
    public List<Ref> activeRegions(Set<RegionLevel> levels) {
        DirectoryLists.Lists held = lists.current();
        return held != null && RegionTree.LEVELS.containsAll(levels)
                ? held.tree().active(levels).stream().map(r -> new Ref(r.id(), r.name())).toList()
                : cached(() -> directory.activeRegions(levels), "activeRegions", Set.copyOf(levels));
    }
}
