package org.mashang.dispatch.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.directory.DepartmentRef;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.mashang.directory.RegionLevel;
import org.mashang.platform.UserFacingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispatch catalogues (派单目录) of the committees: kept by administrators, read by the dispatcher's form. A
 * catalogue belongs to a street, district or city committee's region; each line names a category and an area.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class RoutingRules {

    /** Regions that have committees keeping catalogues. */
    public static final Set<RegionLevel> OWNER_LEVELS = EnumSet.of(RegionLevel.CITY, RegionLevel.DISTRICT, RegionLevel.STREET);
    /** What a line's area can be, below (or at) its owner. */
    public static final Set<RegionLevel> AREA_LEVELS = EnumSet.of(RegionLevel.CITY, RegionLevel.DISTRICT, RegionLevel.STREET,
            RegionLevel.COMMUNITY, RegionLevel.VILLAGE, RegionLevel.BLOCK);
    static final int MAX_CO_HANDLERS = 10;

    /** A catalogue line with the names people know. */
    public record Line(long id, Ref category, Ref area, DepartmentRef lead, List<DepartmentRef> coHandlers, int deadlineDays) {
    }

    /**
     * What the catalogue proposes for a case: pre-selected on the dispatcher's form, marked 按派单目录.
     *
     * @param departments the line's departments as people read them ("教育局 主办、住建局 协办")
     */
    public record Proposal(long leadDepartmentId, List<Long> coDepartmentIds, LocalDate dueDate, String categoryName, String areaName,
                           String departments) {

        /** Whether a committee that dispatches to {@code dispatchable} can follow the line: its lead or a co-handler is among them. */
        public boolean followableWith(Collection<Long> dispatchable) {
            return dispatchable.contains(leadDepartmentId) || coDepartmentIds.stream().anyMatch(dispatchable::contains);
        }
    }

    /** What an administrator enters for a line (names resolved to ids). */
    public record Input(Long categoryId, Long areaId, Long leadDepartmentId, List<Long> coDepartmentIds, Integer deadlineDays) {
    }

    private final RoutingRuleRepository rules;
    private final Directory directory;
    private final WorkingCalendar calendar;
    private final Clock clock;

    /** Regions whose catalogue the administrator may keep: the catalogue owners within their own region. */
    @Transactional(readOnly = true)
    public List<Ref> owners(StaffUser admin) {
        if (admin.regionId() == null) {
            return directory.activeRegions(OWNER_LEVELS);
        }
        return directory.regionsWithin(admin.regionId(), OWNER_LEVELS);
    }

    /** The owner region if the administrator may keep its catalogue; 404 otherwise. */
    @Transactional(readOnly = true)
    public Ref owner(StaffUser admin, long ownerRegionId) {
        return owners(admin).stream().filter(r -> r.id() == ownerRegionId).findFirst()
                .orElseThrow(() -> UserFacingException.notFound("没有找到这个地区的派单目录，或您无权维护"));
    }

    @Transactional(readOnly = true)
    public List<Ref> areas(long ownerRegionId) {
        return directory.regionsWithin(ownerRegionId, AREA_LEVELS);
    }

    @Transactional(readOnly = true)
    public List<DepartmentRef> departments(long ownerRegionId) {
        return directory.departmentsOfCommittee(ownerRegionId);
    }

    @Transactional(readOnly = true)
    public List<Line> catalogue(long ownerRegionId) {
        Map<Long, Ref> areas = byId(areas(ownerRegionId), Ref::id);
        Map<Long, DepartmentRef> departments = byId(directory.activeDepartments(), DepartmentRef::id);
        List<RoutingRule> own = rules.ofOwner(ownerRegionId);
        Map<Long, String> categories = directory.names(Directory.NameKind.CATEGORY, own.stream().map(RoutingRule::categoryId).toList());
        List<Line> lines = new ArrayList<>();
        for (RoutingRule r : own) {
            lines.add(new Line(r.id(), new Ref(r.categoryId(), categories.getOrDefault(r.categoryId(), "（已删除的类别）")),
                    areas.getOrDefault(r.areaId(), new Ref(r.areaId(), "（已停用的区域）")), department(departments, r.leadDepartmentId()),
                    r.coDepartmentIds().stream().map(id -> department(departments, id)).toList(), r.deadlineDays()));
        }
        return lines;
    }

    /** Adds a line or replaces the catalogue's line for the same category and area; checks every field. */
    public void save(StaffUser admin, long ownerRegionId, Input input) {
        owner(admin, ownerRegionId);
        rules.upsert(checked(ownerRegionId, input), admin.id());
    }

    /** Checks a line against the owner's areas and departments; the message says which field is wrong, in Chinese. */
    RoutingRule checked(long ownerRegionId, Input input) {
        if (input.categoryId() == null || directory.category(input.categoryId()).isEmpty()) {
            throw UserFacingException.badRequest("请选择问题类别");
        }
        if (input.areaId() == null || areas(ownerRegionId).stream().noneMatch(a -> a.id() == input.areaId())) {
            throw UserFacingException.badRequest("请选择本辖区内的街道、社区或区块");
        }
        Set<Long> serving = departments(ownerRegionId).stream().map(DepartmentRef::id).collect(Collectors.toSet());
        if (input.leadDepartmentId() == null || !serving.contains(input.leadDepartmentId())) {
            throw UserFacingException.badRequest("请选择能承办本辖区事项的主办部门");
        }
        Set<Long> co = new LinkedHashSet<>(input.coDepartmentIds() == null ? List.of() : input.coDepartmentIds());
        if (co.contains(input.leadDepartmentId())) {
            throw UserFacingException.badRequest("主办部门不能同时是协办部门");
        }
        if (!serving.containsAll(co)) {
            throw UserFacingException.badRequest("协办部门应是能承办本辖区事项的部门");
        }
        if (co.size() > MAX_CO_HANDLERS) {
            throw UserFacingException.badRequest("协办部门不能超过 " + MAX_CO_HANDLERS + " 个");
        }
        if (input.deadlineDays() == null || input.deadlineDays() < 1 || input.deadlineDays() > 60) {
            throw UserFacingException.badRequest("办理期限应为 1 到 60 个工作日");
        }
        return new RoutingRule(0, ownerRegionId, input.categoryId(), input.areaId(), input.leadDepartmentId(), List.copyOf(co),
                input.deadlineDays());
    }

    public void delete(StaffUser admin, long ownerRegionId, long ruleId) {
        owner(admin, ownerRegionId);
        RoutingRule rule = rules.find(ruleId).filter(r -> r.ownerRegionId() == ownerRegionId)
                .orElseThrow(() -> UserFacingException.notFound("派单目录中没有这一条"));
        rules.delete(rule.id());
    }

    /**
     * The catalogue's proposal for a case of {@code categoryId} at {@code placeId} (its block, else its street): the most
     * specific line of the catalogues of the place's committees; empty when no line covers it.
     */
    @Transactional(readOnly = true)
    public Optional<Proposal> proposal(long categoryId, long placeId) {
        List<Long> lineage = directory.lineage(placeId).stream().map(Ref::id).toList();
        return RoutingCatalogue.mostSpecific(rules.candidates(categoryId, lineage), lineage).map(r -> new Proposal(
                r.leadDepartmentId(), r.coDepartmentIds(),
                WorkingCalendar.lastDayOf(calendar.deadline(clock.instant(), r.deadlineDays())),
                directory.category(categoryId).map(Ref::name).orElse(""),
                directory.region(r.areaId()).map(Ref::name).orElse(""),
                Stream.concat(Stream.of(name(r.leadDepartmentId()) + " 主办"),
                        r.coDepartmentIds().stream().map(id -> name(id) + " 协办")).collect(Collectors.joining("、"))));
    }

    private String name(long departmentId) {
        return directory.department(departmentId).map(DepartmentRef::name).orElse("（已停用的部门）");
    }

    private static DepartmentRef department(Map<Long, DepartmentRef> departments, long id) {
        DepartmentRef d = departments.get(id);
        return d != null ? d : new DepartmentRef(id, "（已停用的部门）", null, 0, "", false);
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
