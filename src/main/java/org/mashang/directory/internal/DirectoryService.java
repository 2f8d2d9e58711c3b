package org.mashang.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.directory.CommitteeCard;
import org.mashang.directory.DepartmentRef;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.mashang.directory.RegionLevel;
import org.mashang.directory.StationCard;
import org.mashang.platform.FileStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class DirectoryService implements Directory {

    private final RegionRepository regions;
    private final StationRepository stations;
    private final DeputyRepository deputies;
    private final CategoryRepository categories;
    private final DepartmentRepository departments;
    private final FileStore files;
    private final CommitteeRepository committees;
    private final Clock clock;
    private final NameRepository names;

    @Override
    public Optional<DeputyCard> deputyByCode(String code) {
        return deputies.findByCode(code).map(this::card);
    }

    @Override
    public Optional<DeputyCard> deputy(long id) {
        return deputies.find(id).map(this::card);
    }

    @Override
    public Optional<byte[]> deputyPhoto(long id) {
        return deputies.find(id).map(Deputy::photoId).flatMap(files::load).map(FileStore.StoredFile::content);
    }

    @Override
    public List<DeputyCard> servingDeputiesByName(String scopeKey, @Nullable Long stationId, boolean ascending, int offset, int limit) {
        return servingIdsByName(scopeKey, stationId, ascending, offset, limit).stream().map(this::deputy).flatMap(Optional::stream)
                .toList();
    }

    /** The ids of {@link #servingDeputiesByName}'s page (their cards are read one by one, from the cache where it keeps them). */
    List<Long> servingIdsByName(String scopeKey, @Nullable Long stationId, boolean ascending, int offset, int limit) {
        return deputies.servingIdsByName(scopeKey, stationId, LocalDate.now(clock), ascending, offset, limit);
    }

    @Override
    public List<DeputyCard> deputiesOfStation(long stationId, boolean servingOnly) {
        List<Deputy> ofStation = deputies.ofStation(stationId);
        if (ofStation.isEmpty()) {
            return List.of();
        }
        // they share the station, so its street is looked up once (a province's league reads 2,000 stations' deputies)
        long street = streetOf(stations.find(stationId).orElseThrow().regionId()).id();
        return ofStation.stream().map(d -> card(d, street)).filter(c -> !servingOnly || c.serving()).toList();
    }

    @Override
    public Optional<StationCard> station(long id) {
        return stations.find(id).map(this::card);
    }

    @Override
    public Optional<StationCard> stationByCode(String code) {
        return stations.findByCode(code).map(this::card);
    }

    @Override
    public List<StationCard> activeStations() {
        return stations.all().stream().filter(Station::active).map(this::card).toList();
    }

    /**
     * The active stations, each station's street found in the tree (a province's 2,000 stations took two statements each
     * to find their streets, 4,000 in all); a station whose region the tree does not hold is looked up as before.
     */
    List<StationCard> activeStations(RegionTree tree) {
        return stations.all().stream().filter(Station::active).map(s -> {
            Region street = tree.lineage(s.regionId()).stream().filter(r -> r.level() == RegionLevel.STREET).findFirst()
                    .or(() -> tree.find(s.regionId())).orElseGet(() -> streetOf(s.regionId()));
            return card(s, street);
        }).toList();
    }

    @Override
    public List<Ref> activeCategories() {
        return categories.all().stream().filter(Category::active).map(c -> new Ref(c.id(), c.name())).toList();
    }

    @Override
    public Optional<Ref> category(long id) {
        return categories.find(id).map(c -> new Ref(c.id(), c.name()));
    }

    @Override
    public org.mashang.calendar.Urgency suggestedUrgency(long categoryId) {
        return categories.find(categoryId).map(Category::urgency).orElse(org.mashang.calendar.Urgency.NORMAL);
    }

    @Override
    public List<Ref> blocksOfStreet(long streetId) {
        return regions.find(streetId)
                .map(street -> regions.descendantsOfLevel(street, RegionLevel.BLOCK).stream().map(r -> new Ref(r.id(), r.name())).toList())
                .orElse(List.of());
    }

    @Override
    public Optional<Ref> region(long id) {
        return regions.find(id).map(r -> new Ref(r.id(), r.name()));
    }

    @Override
    public Optional<RegionLevel> regionLevel(long id) {
        return regions.find(id).map(Region::level);
    }

    @Override
    public String scopeKey(long regionId) {
        return regions.find(regionId).map(Region::path)
                .orElseThrow(() -> new IllegalArgumentException("no region " + regionId));
    }

    @Override
    public boolean isWithin(long regionId, long ancestorId) {
        Optional<Region> region = regions.find(regionId);
        Optional<Region> ancestor = regions.find(ancestorId);
        return region.isPresent() && ancestor.isPresent() && region.get().path().startsWith(ancestor.get().path());
    }

    @Override
    public List<DepartmentRef> departmentsServing(long streetId) {
        return regions.find(streetId)
                .map(street -> departments.activeInRegions(regions.lineage(street).stream().map(Region::id).toList()))
                .orElse(List.of())
                .stream().map(DirectoryService::ref).toList();
    }

    @Override
    public List<DepartmentRef> departmentsOfCommittee(long regionId) {
        List<Region> lineage = regions.find(regionId).map(regions::lineage).orElse(List.of());
        Set<Long> withCommittee = committees.all().stream().filter(Committee::active).map(Committee::regionId).collect(Collectors.toSet());
        List<Long> own = new ArrayList<>();
        // from the region up: stop below the next committee, whose bureaus are its to dispatch to
        for (int i = lineage.size() - 1; i >= 0 && (own.isEmpty() || !withCommittee.contains(lineage.get(i).id())); i--) {
            own.add(lineage.get(i).id());
        }
        return departments.activeInRegions(own).stream().map(DirectoryService::ref).toList();
    }

    @Override
    public Optional<DepartmentRef> department(long id) {
        return departments.find(id).map(DirectoryService::ref);
    }

    @Override
    public java.util.Map<Long, String> names(NameKind kind, java.util.Collection<Long> ids) {
        return names.names(kind, ids);
    }

    @Override
    public List<DepartmentRef> activeDepartments() {
        return departments.all().stream().filter(Department::active).map(DirectoryService::ref).toList();
    }

    @Override
    public List<Ref> activeDeputies() {
        return deputies.all().stream().filter(Deputy::active).map(d -> new Ref(d.id(), d.name())).toList();
    }

    @Override
    public List<Ref> activeRegions(java.util.Set<RegionLevel> levels) {
        return regions.ofLevels(List.copyOf(levels), true).stream().map(r -> new Ref(r.id(), r.name())).toList();
    }

    @Override
    public List<Ref> lineage(long regionId) {
        return regions.find(regionId).map(regions::lineage).orElse(List.of()).stream().map(r -> new Ref(r.id(), r.name())).toList();
    }

    @Override
    public List<Ref> regionsWithin(long ancestorId, java.util.Set<RegionLevel> levels) {
        Optional<Region> ancestor = regions.find(ancestorId).filter(Region::active);
        if (ancestor.isEmpty()) {
            return List.of();
        }
        // the whole active subtree, so that each region is named by its path below the ancestor without more queries
        java.util.Map<Long, Region> below = new java.util.LinkedHashMap<>();
        regions.ofLevels(List.of(RegionLevel.values()), true).stream()
                .filter(r -> r.path().startsWith(ancestor.get().path())).forEach(r -> below.put(r.id(), r));
        List<Ref> within = new java.util.ArrayList<>();
        for (Region r : below.values()) {
            if (!levels.contains(r.level())) {
                continue;
            }
            String name = r.name();
            for (Region up = below.get(r.parentId()); up != null && up.id() != ancestorId;
                 up = below.get(up.parentId())) {
                name = up.name() + " › " + name;
            }
            within.add(new Ref(r.id(), name));
        }
        return within;
    }

    @Override
    public Optional<CommitteeCard> committeeOfStreet(long streetId) {
        List<Region> lineage = regions.find(streetId).map(regions::lineage).orElse(List.of());
        List<Committee> active = committees.all().stream().filter(Committee::active).toList();
        // the lineage runs from the root down to the street: the nearest region with a committee wins
        for (int i = lineage.size() - 1; i >= 0; i--) {
            long regionId = lineage.get(i).id();
            Optional<Committee> found = active.stream().filter(c -> c.regionId() == regionId).findFirst();
            if (found.isPresent()) {
                Committee c = found.get();
                return Optional.of(new CommitteeCard(c.id(), c.regionId(), c.name(), c.headName(), c.headPhone()));
            }
        }
        return Optional.empty();
    }

    /** The regions down to the streets, active or not, in tree order. */
    RegionTree regionTree() {
        return new RegionTree(regions.ofLevels(List.copyOf(RegionTree.LEVELS), false));
    }

    /** The street (街道) a region lies in, or the region itself when it is above street level. */
    Region streetOf(long regionId) {
        Region region = regions.find(regionId).orElseThrow();
        return regions.lineage(region).stream().filter(r -> r.level() == RegionLevel.STREET).findFirst().orElse(region);
    }

    private DeputyCard card(Deputy d) {
        return card(d, streetOf(stations.find(d.stationId()).orElseThrow().regionId()).id());
    }

    private DeputyCard card(Deputy d, long streetId) {
        return new DeputyCard(d.id(), d.code(), d.name(), d.level(), d.officePhone(), d.constituencyName(), d.blocks(),
                d.stationId(), d.stationName(), streetId, d.intro(), d.photoId() != null, d.servingOn(LocalDate.now(clock)));
    }

    private StationCard card(Station s) {
        return card(s, streetOf(s.regionId()));
    }

    private static StationCard card(Station s, Region street) {
        return new StationCard(s.id(), s.code(), s.name(), s.address(), s.phone(), s.openHours(), street.id(), street.name(),
                s.active());
    }

    private static DepartmentRef ref(Department d) {
        return new DepartmentRef(d.id(), d.name(), d.level(), d.regionId(), d.regionName(), d.active());
    }
}
