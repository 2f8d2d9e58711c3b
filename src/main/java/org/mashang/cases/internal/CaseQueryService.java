package org.mashang.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.platform.Phones;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.ActorRole;
import org.mashang.cases.Assignment;
import org.mashang.cases.AssignmentView;
import org.mashang.cases.CaseAction;
import org.mashang.cases.CaseDetail;
import org.mashang.cases.CaseLifecycle;
import org.mashang.cases.CaseList;
import org.mashang.cases.CaseQueries;
import org.mashang.cases.CaseState;
import org.mashang.cases.CaseSummary;
import org.mashang.cases.EventType;
import org.mashang.cases.ListCursor;
import org.mashang.cases.ListPage;
import org.mashang.cases.PublicCase;
import org.mashang.cases.StageStatus;
import org.mashang.cases.TimelineEntry;
import org.mashang.cases.WallCount;
import org.mashang.cases.WallFilter;
import org.mashang.cases.WallPage;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.platform.FileStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class CaseQueryService implements CaseQueries {

    private final CaseRepository cases;
    private final AssignmentRepository assignments;
    private final Timeline timeline;
    private final Directory directory;
    private final FileStore files;
    private final ScopedCaseRepository scoped;
    private final WallCountRepository wallCounts;
    private final CaseListRepository lists;
    private final Stages stages;
    private final Clock clock;
    private final MeToo meToo;
    private final Followers followers;

    @Override
    public ListPage<CaseSummary> list(StaffUser user, CaseList list, @Nullable ListCursor from) {
        return lists.page(list, scope(user, list.role), from, clock.instant()).map(this::summaries);
    }

    @Override
    public List<ListPage<CaseSummary>> deputyCases(StaffUser deputy, List<Set<CaseState>> groups, int paged,
                                                   @Nullable ListCursor from) {
        if (!(scope(deputy, Role.DEPUTY) instanceof CaseScope.Deputy scope)) {
            return groups.stream().map(g -> new ListPage<CaseSummary>(List.of(), 0, null, null)).toList();
        }
        List<CaseListRepository.DeputyGroup> read = lists.deputyGroups(scope, groups);
        List<List<ListPaging.Keyed<Long>>> rows = new ArrayList<>(read.stream().map(CaseListRepository.DeputyGroup::rows).toList());
        if (from != null && paged >= 0 && paged < groups.size()) {
            rows.set(paged, lists.deputyPage(scope, groups.get(paged), from));
        }
        // every page's cases in one statement
        Map<Long, CaseRecord> found = cases.findAll(rows.stream().flatMap(List::stream).map(ListPaging.Keyed::id).toList());
        List<ListPage<CaseSummary>> pages = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<ListPaging.Keyed<CaseRecord>> keyed = rows.get(g).stream().filter(k -> found.containsKey(k.id()))
                    .map(k -> new ListPaging.Keyed<>(found.get(k.id()), k.key(), k.id())).toList();
            pages.add(ListPaging.page(keyed, g == paged ? from : null, read.get(g).count()).map(this::summaries));
        }
        return pages;
    }

    @Override
    public ListPage<AssignmentView> departmentAssignments(StaffUser department, boolean open, @Nullable ListCursor from) {
        if (department == null || !department.has(Role.DEPARTMENT) || department.departmentId() == null) {
            return new ListPage<>(List.of(), 0, null, null);
        }
        return assignments.ofDepartment(department.departmentId(), open, from).map(this::views);
    }

    @Override
    public Optional<CaseDetail> detail(StaffUser user, Role role, long caseId) {
        return scoped.find(caseId, scope(user, role), false).map(c -> detail(c, role));
    }

    @Override
    public Optional<AssignmentView> assignment(StaffUser user, Role role, long assignmentId) {
        return assignments.find(assignmentId)
                .filter(a -> scoped.find(a.caseId(), scope(user, role), false).isPresent())
                .filter(a -> role != Role.DEPARTMENT || a.departmentId() == user.departmentId())
                .map(a -> views(List.of(a)).get(0));
    }

    @Override
    public List<CaseSummary> likelyDuplicates(StaffUser reviewer, long caseId) {
        CaseScope scope = scope(reviewer, Role.REVIEWER);
        return scoped.find(caseId, scope, false).map(c -> {
            List<CaseRecord> candidates = scoped.neighbours(scope, c);
            return summaries(candidates.stream()
                    .map(x -> Map.entry(x, Similarity.of(c.messageText(), x.messageText())
                            + (c.blockId() != null && c.blockId().equals(x.blockId()) ? 0.1 : 0)))
                    .filter(e -> e.getValue() >= 0.2)
                    .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                    .limit(5).map(Map.Entry::getKey).toList());
        }).orElse(List.of());
    }

    @Override
    public List<Long> departmentSuggestions(StaffUser user, Role role, long caseId) {
        return scoped.find(caseId, scope(user, role), false).map(c -> {
            List<Long> ids = new ArrayList<>(c.suggestedDepartments());
            assignments.usualDepartments(c.streetId(), c.categoryId()).stream().filter(id -> !ids.contains(id)).forEach(ids::add);
            return ids;
        }).orElse(List.of());
    }

    @Override
    public Optional<FileStore.StoredFile> file(StaffUser user, long caseId, UUID fileId) {
        for (Role role : user.roles()) {
            Optional<CaseRecord> c = scoped.find(caseId, scope(user, role), false);
            if (c.isPresent() && caseFiles(c.get().id(), false).contains(fileId)) {
                return files.load(fileId);
            }
        }
        return Optional.empty();
    }

    // public

    @Override
    public WallPage wallPage(WallFilter filter) {
        WallPaging.Slice slice = WallPaging.of(scoped.wall(filter, WallFilter.PAGE_SIZE + 1), filter);
        Names names = new Names(directory);
        Map<Long, Integer> residents = meToo.residents(slice.shown().stream().map(CaseRecord::id).toList());
        return new WallPage(slice.shown().stream().map(c -> publicCase(c, names, false, residents.get(c.id()))).toList(),
                slice.newer(), slice.older());
    }

    @Override
    public WallCount wallCount(WallFilter filter) {
        return wallCounts.count(filter).map(n -> new WallCount(n, false)).orElseGet(() -> {
            long counted = scoped.wallCount(filter);
            return counted > WallFilter.COUNT_CAP ? new WallCount(WallFilter.COUNT_CAP, true) : new WallCount(counted, false);
        });
    }

    @Override
    public Optional<PublicCase> publicCase(String ticket) {
        return cases.findByTicket(ticket).filter(CaseQueryService::onWall).map(c -> publicCase(c, new Names(directory), true, meToo.residents(List.of(c.id())).get(c.id())));
    }

    @Override
    public Optional<FileStore.StoredFile> publicFile(String ticket, UUID fileId) {
        return cases.findByTicket(ticket).filter(CaseQueryService::onWall)
                .filter(c -> caseFiles(c.id(), true).contains(fileId))
                .flatMap(c -> files.load(fileId));
    }

    private static boolean onWall(CaseRecord c) {
        return c.isPublic() && c.state().accepted();
    }

    /** @param residents "N 位群众反映": the resident who opened it and those following it (我也反映, merged) */
    private PublicCase publicCase(CaseRecord c, Names names, boolean withTimeline, int residents) {
        List<TimelineEntry> entries = List.of();
        if (withTimeline) {
            Map<Long, List<UUID>> attached = timeline.files(c.id());
            entries = timeline.events(c.id()).stream()
                    .filter(TimelineEvent::isPublic)
                    .filter(e -> e.type() != EventType.PUBLISHED)
                    .map(e -> entry(e, attached, true, c.residentName())).toList();
        }
        String deputyCode = c.deputyId() == null ? null : names.deputy(c.deputyId()).map(DeputyCard::code).orElse(null);
        List<StageStatus> open = withTimeline ? clocks(List.of(c.id())).getOrDefault(c.id(), List.of()) : List.of();
        return new PublicCase(c.ticket(), c.state(), c.channel(), names.deputyName(c.deputyId()), deputyCode,
                names.category(c.categoryId()), names.block(c.blockId()), Masking.mask(c.publicText(), c.residentName()),
                c.submittedAt(), c.satisfaction(), entries, open, withTimeline && timeline.verify(c.id()).isEmpty(), residents);
    }

    // assembling views

    /** The committee and the deputy call residents back; a department acts on the case and sees the number masked. */
    private static String phoneSeenBy(CaseRecord c, Role role) {
        return phoneSeenBy(c.residentPhone(), role);
    }

    private static String phoneSeenBy(String phone, Role role) {
        return role == Role.DEPARTMENT ? Phones.hidden(phone) : phone;
    }

    private CaseDetail detail(CaseRecord c, Role role) {
        Names names = new Names(directory);
        List<StageStatus> open = clocks(List.of(c.id())).getOrDefault(c.id(), List.of());
        Map<Long, List<UUID>> attached = timeline.files(c.id());
        List<TimelineEntry> entries = timeline.events(c.id()).stream()
                .filter(e -> role != Role.DEPARTMENT || e.isPublic() || e.actorRole() == ActorRole.DEPARTMENT)
                .map(e -> entry(e, attached, false, null)).toList();
        Set<CaseAction> allowed = CaseLifecycle.allowed(c.state());
        String mergedInto = c.mergedInto() == null ? null : cases.find(c.mergedInto()).map(CaseRecord::ticket).orElse(null);
        List<AssignmentView> assigned = views(assignments.ofCase(c.id()));
        return new CaseDetail(summary(c, names, open), c.deputyId(), c.stationId(),
                directory.station(c.stationId()).map(s -> s.name()).orElse(""), c.pool(), c.messageText(), c.publicText(),
                c.wantsPublic(), c.isPublic(), c.residentName(), phoneSeenBy(c, role), c.contactVerified(), cases.photos(c.id()),
                assigned, entries, allowed, c.satisfaction(), c.proposalNumber(), mergedInto, c.suggestedDepartments(),
                timeline.verify(c.id()).isEmpty(), Masking.mask(c.messageText(), c.residentName()), open, c.blockId(),
                c.categoryId(), followers.ofCase(c.id(), phone -> phoneSeenBy(phone, role)));
    }

    private TimelineEntry entry(TimelineEvent e, Map<Long, List<UUID>> attached, boolean masked, String residentName) {
        String body = masked ? Masking.mask(e.body(), residentName) : e.body();
        // staff names are shown on the public timeline; residents stay anonymous
        String actorName = e.actorRole() == ActorRole.RESIDENT ? null : e.actorName();
        return new TimelineEntry(e.seq(), e.type().name(), e.type().label(), e.actorRole().label(), actorName, e.occurredAt(), body,
                e.isPublic(), attached.getOrDefault(e.id(), List.of()));
    }

    List<CaseSummary> summaries(List<CaseRecord> records) {
        Names names = new Names(directory);
        Map<Long, List<StageStatus>> clocks = clocks(records.stream().map(CaseRecord::id).toList());
        return records.stream().map(c -> summary(c, names, clocks.getOrDefault(c.id(), List.of()))).toList();
    }

    private CaseSummary summary(CaseRecord c, Names names, List<StageStatus> open) {
        String text = c.messageText();
        String excerpt = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return new CaseSummary(c.id(), c.ticket(), c.state(), c.channel(), names.deputyName(c.deputyId()),
                names.category(c.categoryId()), names.block(c.blockId()), excerpt, c.submittedAt(), c.updatedAt(), c.reopenCount(),
                open.isEmpty() ? null : open.get(0), c.urgency(), stages.className(c.urgency()), c.deputyId());
    }

    private Map<Long, List<StageStatus>> clocks(List<Long> caseIds) {
        return stages.statuses(caseIds, clock.instant());
    }

    private List<AssignmentView> views(List<Assignment> list) {
        List<Long> caseIds = list.stream().map(Assignment::caseId).distinct().toList();
        Map<Long, CaseRecord> ofCase = cases.findAll(caseIds); // one statement, not one per assignment
        Instant now = clock.instant();
        Map<Long, StageStatus> byAssignment = new HashMap<>();
        stages.openOf(caseIds).values().stream().flatMap(List::stream)
                .filter(o -> o.row().assignmentId() != null)
                .forEach(o -> byAssignment.put(o.row().assignmentId(), stages.status(o, now)));
        List<AssignmentView> out = new ArrayList<>();
        for (Assignment a : list) {
            CaseRecord c = ofCase.get(a.caseId());
            StageStatus clockOf = byAssignment.get(a.id());
            out.add(new AssignmentView(a.id(), a.caseId(), c.ticket(), a.round(), a.departmentId(), a.departmentName(), a.state(),
                    a.dueDate(), a.instructions(), a.dispatchedAt(), a.reportedAt(), a.feedback(), a.returnReason(),
                    a.extensionDays(), a.extensionReason(), clockOf, a.roleAmong(list), c.urgency() == org.mashang.calendar.Urgency.URGENT ? stages.className(c.urgency()) : null));
        }
        return out;
    }

    /** Files of a case: the resident's photos (staff only) and those attached to events. */
    private Set<UUID> caseFiles(long caseId, boolean publicOnly) {
        Set<UUID> ids = new java.util.HashSet<>();
        if (!publicOnly) {
            ids.addAll(cases.photos(caseId));
        }
        Map<Long, Boolean> publicEvents = timeline.events(caseId).stream()
                .collect(Collectors.toMap(TimelineEvent::id, TimelineEvent::isPublic));
        timeline.files(caseId).forEach((eventId, list) -> {
            if (!publicOnly || publicEvents.getOrDefault(eventId, false)) {
                ids.addAll(list);
            }
        });
        return ids;
    }

    private CaseScope scope(StaffUser user, Role role) {
        return CaseScope.of(user, role, directory);
    }
}
