package org.mashang.directory.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.DepartmentLevel;
import org.mashang.directory.DeputyCodes;
import org.mashang.directory.RegionLevel;
import org.mashang.platform.Codes;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.FileStore;
import org.mashang.platform.Attachment;
import org.mashang.platform.ImageUpload;
import org.mashang.platform.ReferenceDataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.mashang.platform.UserFacingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to reference data made by administrators, with the rules a form alone cannot check. */
@Service
@Transactional
@RequiredArgsConstructor
public class DirectoryAdmin implements DeputyCodes {

    private static final Set<RegionLevel> CONSTITUENCY_LEVELS = EnumSet.of(RegionLevel.STREET, RegionLevel.DISTRICT, RegionLevel.CITY);
    private static final Set<RegionLevel> STATION_LEVELS = EnumSet.of(RegionLevel.STREET, RegionLevel.COMMUNITY, RegionLevel.VILLAGE);

    private final RegionRepository regions;
    private final ConstituencyRepository constituencies;
    private final CommitteeRepository committees;
    private final StationRepository stations;
    private final DepartmentRepository departments;
    private final CategoryRepository categories;
    private final DeputyRepository deputies;
    private final FileStore files;
    private final ApplicationEventPublisher events;

    public long createRegion(Long parentId, RegionLevel level, String name) {
        changed();
        String parentPath = "/";
        if (parentId != null) {
            Region parent = regions.find(parentId).orElseThrow(() -> new FieldProblem("parentId", "上级区域不存在"));
            if (!parent.level().mayContain(level)) {
                throw new FieldProblem("level", parent.level().label() + "下不能再设" + level.label());
            }
            parentPath = parent.path();
        }
        String path = parentPath;
        return unique("name", "同一上级下已有同名区域", () -> regions.insert(parentId, level, name, path));
    }

    public void renameRegion(long id, String name) {
        changed();
        region(id);
        unique("name", "同一上级下已有同名区域", () -> {
            regions.rename(id, name);
            return id;
        });
    }

    public void setRegionActive(long id, boolean active) {
        changed();
        region(id);
        regions.setActive(id, active);
    }

    public long saveConstituency(Long id, long regionId, String name, String description) {
        changed();
        requireLevel(regionId, CONSTITUENCY_LEVELS, "选区应属于街道、区（县）或市");
        return unique("name", "该区域下已有同名选区", () -> insertOrUpdate(id, constituencies::find, "选区不存在",
                () -> constituencies.insert(regionId, name, description), existing -> constituencies.update(existing, regionId, name, description)));
    }

    public void setConstituencyActive(long id, boolean active) {
        setActive(id, active, constituencies::find, constituencies::setActive, "选区不存在");
    }

    public long saveCommittee(Long id, long regionId, String name, String headName, String headPhone) {
        changed();
        requireLevel(regionId, EnumSet.of(RegionLevel.STREET), "人大工委应属于街道（乡镇）");
        return unique("regionId", "该街道已有人大工委", () -> insertOrUpdate(id, committees::find, "人大工委不存在",
                () -> committees.insert(regionId, name, headName, headPhone), existing -> committees.update(existing, regionId, name, headName, headPhone)));
    }

    public void setCommitteeActive(long id, boolean active) {
        setActive(id, active, committees::find, committees::setActive, "人大工委不存在");
    }

    public long saveStation(Long id, long regionId, String name, String address, String phone, String openHours) {
        changed();
        requireLevel(regionId, STATION_LEVELS, "联络站应设在街道（乡镇）、社区或村");
        return unique("name", "该区域下已有同名联络站", () -> insertOrUpdate(id, stations::find, "联络站不存在",
                () -> stations.insert(regionId, name, address, phone, openHours, Codes.random(8)), existing -> stations.update(existing, regionId, name, address, phone, openHours)));
    }

    public void setStationActive(long id, boolean active) {
        setActive(id, active, stations::find, stations::setActive, "联络站不存在");
    }

    /** A department's level is the level of the region it belongs to: a street office, a district bureau … */
    public long saveDepartment(Long id, long regionId, String name, String phone, String duties) {
        changed();
        Region region = regions.find(regionId).orElseThrow(() -> new FieldProblem("regionId", "所属区域不存在"));
        DepartmentLevel level = switch (region.level()) {
            case STREET -> DepartmentLevel.STREET;
            case DISTRICT -> DepartmentLevel.DISTRICT;
            case CITY -> DepartmentLevel.CITY;
            case PROVINCE -> DepartmentLevel.PROVINCE;
            default -> throw new FieldProblem("regionId", "职能部门应属于街道、区（县）、市或省");
        };
        return unique("name", "该区域下已有同名部门", () -> insertOrUpdate(id, departments::find, "职能部门不存在",
                () -> departments.insert(regionId, name, level, phone, duties), existing -> departments.update(existing, regionId, name, level, phone, duties)));
    }

    public void setDepartmentActive(long id, boolean active) {
        setActive(id, active, departments::find, departments::setActive, "职能部门不存在");
    }

    public long saveCategory(Long id, String name, int sortOrder) {
        return saveCategory(id, name, sortOrder, org.mashang.calendar.Urgency.NORMAL);
    }

    /** @param urgency the urgency class suggested for new cases of the category */
    public long saveCategory(Long id, String name, int sortOrder, org.mashang.calendar.Urgency urgency) {
        changed();
        long saved = unique("name", "已有同名类别", () -> insertOrUpdate(id, categories::find, "类别不存在",
                () -> categories.insert(name, sortOrder), existing -> categories.update(existing, name, sortOrder)));
        categories.setUrgency(saved, urgency);
        return saved;
    }

    public void setCategoryActive(long id, boolean active) {
        setActive(id, active, categories::find, categories::setActive, "类别不存在");
    }

    /**
     * @param photo a new photo, or null to keep the current one
     */
    public long saveDeputy(Long id, DeputyRepository.DeputyData data, byte[] photo) {
        changed();
        Station station = stations.find(data.stationId()).orElseThrow(() -> new FieldProblem("stationId", "联络站不存在"));
        if (data.constituencyId() != null) {
            constituencies.find(data.constituencyId()).orElseThrow(() -> new FieldProblem("constituencyId", "选区不存在"));
        }
        Region stationRegion = regions.find(station.regionId()).orElseThrow();
        for (Long blockId : data.blockIds()) {
            Region block = regions.find(blockId).orElseThrow(() -> new FieldProblem("blockIds", "区块不存在"));
            if (block.level() != RegionLevel.BLOCK) {
                throw new FieldProblem("blockIds", block.name() + "不是区块");
            }
            Region street = regions.lineage(stationRegion).stream().filter(r -> r.level() == RegionLevel.STREET).findFirst()
                    .orElse(stationRegion);
            if (!street.isAncestorOf(block)) {
                throw new FieldProblem("blockIds", block.name() + "不在联络站所在街道内");
            }
        }
        DeputyRepository.DeputyData stored = data;
        if (photo != null && photo.length > 0) {
            Attachment checked;
            try {
                checked = ImageUpload.check(photo, "照片");
            } catch (UserFacingException e) {
                throw new FieldProblem("photo", e.getMessage());
            }
            stored = new DeputyRepository.DeputyData(data.name(), data.level(), data.officePhone(), data.constituencyId(),
                    data.stationId(), files.save(checked.content(), checked.contentType()).id(), data.intro(), data.termStart(),
                    data.termEnd(), data.blockIds());
        }
        DeputyRepository.DeputyData saved = stored;
        return insertOrUpdate(id, deputies::find, "代表不存在", () -> deputies.insert(saved, Codes.random(8)),
                existing -> deputies.update(existing, saved));
    }

    public void setDeputyActive(long id, boolean active) {
        setActive(id, active, deputies::find, deputies::setActive, "代表不存在");
    }

    @Override
    public String replaceCode(long deputyId, String newCode) {
        changed();
        Deputy deputy = deputies.find(deputyId).orElseThrow(() -> UserFacingException.notFound("代表不存在"));
        try {
            deputies.updateCode(deputyId, newCode);
        } catch (DuplicateKeyException e) {
            throw UserFacingException.conflict("专属码 " + newCode + " 已被占用，请重试");
        }
        return deputy.code();
    }

    public List<Region> regionsOf(Set<RegionLevel> levels) {
        return regions.ofLevels(List.copyOf(levels), true);
    }

    /** Caches listen after commit; a rolled-back change only costs them a reload. */
    private void changed() {
        events.publishEvent(new ReferenceDataChanged("directory"));
    }

    private Region region(long id) {
        return regions.find(id).orElseThrow(() -> UserFacingException.notFound("区域不存在"));
    }

    private void requireLevel(long regionId, Set<RegionLevel> allowed, String message) {
        Region region = regions.find(regionId).orElseThrow(() -> new FieldProblem("regionId", "所属区域不存在"));
        if (!allowed.contains(region.level())) {
            throw new FieldProblem("regionId", message);
        }
    }

    /** A new row when there is no id yet; otherwise the row must exist (else 404) and is updated. */
    private static long insertOrUpdate(Long id, LongFunction<Optional<?>> find, String missing, Supplier<Long> insert,
                                       LongConsumer update) {
        if (id == null) {
            return insert.get();
        }
        find.apply(id).orElseThrow(() -> UserFacingException.notFound(missing));
        update.accept(id);
        return id;
    }

    /** Switches a row of reference data off or on; it must exist (else 404). */
    private void setActive(long id, boolean active, LongFunction<Optional<?>> find, BiConsumer<Long, Boolean> set, String missing) {
        changed();
        find.apply(id).orElseThrow(() -> UserFacingException.notFound(missing));
        set.accept(id, active);
    }

    private static long unique(String field, String message, Supplier<Long> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException e) {
            throw new FieldProblem(field, message);
        }
    }
}
