package org.mashang.cases.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.time.Clock;
import java.time.Instant;
import org.mashang.accounts.Role;
import org.mashang.cases.StageStatus;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.AssignmentView;
import org.mashang.cases.CaseAction;
import org.mashang.cases.CaseDetail;
import org.mashang.cases.CaseLifecycle;
import org.mashang.cases.CaseQueries;
import org.mashang.cases.CaseState;
import org.mashang.cases.CaseSummary;
import org.mashang.cases.PublicCase;
import org.mashang.cases.TimelineEntry;
import org.mashang.cases.WallFilter;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.mashang.platform.FileStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CaseQueryService implements CaseQueries {

    /** States a case is never shown on the public wall in. */
    static final String NOT_ON_WALL = "'SUBMITTED', 'REJECTED', 'MERGED'";

    private final CaseRepository cases;
    private final AssignmentRepository assignments;
    private final Timeline timeline;
    private final Directory directory;
    private final FileStore files;
    private final JdbcClient jdbc;
    private final Stages stages;
    private final Clock clock;

    CaseQueryService(CaseRepository cases, AssignmentRepository assignments, Timeline timeline, Directory directory,
                     FileStore files, JdbcClient jdbc, Stages stages, Clock clock) {
        this.stages = stages;
        this.clock = clock;
        this.cases = cases;
        this.assignments = assignments;
        this.timeline = timeline;
        this.directory = directory;
        this.files = files;
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseSummary> reviewQueue(StaffUser reviewer) {
        return summaries(cases.listInScope(scope(reviewer, Role.REVIEWER), "c.state = 'SUBMITTED'", Map.of(), "c.submitted_at", 200));
    }

    @Override
    public List<CaseSummary> deputyCases(StaffUser deputy) {
        return summaries(cases.listInScope(scope(deputy, Role.DEPUTY), "true", Map.of(), "c.updated_at desc", 300));
    }

    @Override
    public List<CaseSummary> dispatchQueue(StaffUser dispatcher) {
        String waiting = """
                c.state in ('DISPATCH_REQUESTED', 'REOPENED')
                or exists (select 1 from assignment a where a.case_id = c.id and a.state = 'EXTENSION_REQUESTED')
                or (c.state = 'DISPATCHED' and not exists (
                        select 1 from assignment a where a.case_id = c.id and a.state <> 'RETURNED'
                        and a.round = (select max(b.round) from assignment b where b.case_id = c.id)))""";
        return summaries(cases.listInScope(scope(dispatcher, Role.DISPATCHER), waiting, Map.of(), "c.updated_at", 200));
    }

    @Override
    public List<CaseSummary> inScope(StaffUser user, Role role, CaseState state, int limit) {
        String condition = state == null ? "true" : "c.state = :state";
        Map<String, Object> params = state == null ? Map.of() : Map.of("state", state.name());
        return summaries(cases.listInScope(scope(user, role), condition, params, "c.submitted_at desc", Math.min(limit, 500)));
    }

    @Override
    public List<CaseSummary> overdue(StaffUser user, Role role) {
        return summaries(cases.listInScope(scope(user, role), """
                        exists (select 1 from case_stage s where s.case_id = c.id and s.completed_at is null
                                and s.paused_at is null and s.due_at <= :now)""",
                Map.of("now", java.sql.Timestamp.from(clock.instant())),
                "(select min(s.due_at) from case_stage s where s.case_id = c.id and s.completed_at is null)", 200));
    }

    @Override
    public List<AssignmentView> departmentAssignments(StaffUser department) {
        if (department == null || !department.has(Role.DEPARTMENT) || department.departmentId() == null) {
            return List.of();
        }
        return views(assignments.ofDepartment(department.departmentId()));
    }

    @Override
    public Optional<CaseDetail> detail(StaffUser user, Role role, long caseId) {
        return cases.findInScope(caseId, scope(user, role), false).map(c -> detail(c, role));
    }

    @Override
    public Optional<AssignmentView> assignment(StaffUser user, Role role, long assignmentId) {
        return assignments.find(assignmentId)
                .filter(a -> cases.findInScope(a.caseId(), scope(user, role), false).isPresent())
                .filter(a -> role != Role.DEPARTMENT || a.departmentId() == user.departmentId())
                .map(a -> views(List.of(a)).get(0));
    }

    @Override
    public List<CaseSummary> likelyDuplicates(StaffUser reviewer, long caseId) {
        CaseScope scope = scope(reviewer, Role.REVIEWER);
        return cases.findInScope(caseId, scope, false).map(c -> {
            Map<String, Object> params = new HashMap<>();
            params.put("self", c.id());
            params.put("street", c.streetId());
            params.put("deputy", c.deputyId() == null ? -1L : c.deputyId());
            params.put("block", c.blockId() == null ? -1L : c.blockId());
            params.put("station", c.stationId());
            params.put("since", java.sql.Timestamp.from(c.submittedAt().minus(java.time.Duration.ofDays(90))));
            List<CaseRecord> candidates = cases.listInScope(scope, """
                    c.id <> :self and c.street_id = :street and c.state not in ('REJECTED', 'MERGED')
                    and c.submitted_at >= :since
                    and (c.deputy_id = :deputy or c.block_id = :block or c.station_id = :station)""",
                    params, "c.submitted_at desc", 300);
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
        return cases.findInScope(caseId, scope(user, role), false).map(c -> {
            List<Long> ids = new ArrayList<>(c.suggestedDepartments());
            jdbc.sql("""
                            select a.department_id from assignment a join cases x on x.id = a.case_id
                            where x.street_id = :street and x.category_id = :category and a.state <> 'RETURNED'
                            group by a.department_id order by count(*) desc limit 3""")
                    .param("street", c.streetId()).param("category", c.categoryId())
                    .query(Long.class).list().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
            return ids;
        }).orElse(List.of());
    }

    @Override
    public Optional<FileStore.StoredFile> file(StaffUser user, long caseId, UUID fileId) {
        for (Role role : user.roles()) {
            Optional<CaseRecord> c = cases.findInScope(caseId, scope(user, role), false);
            if (c.isPresent() && caseFiles(c.get().id(), false).contains(fileId)) {
                return files.load(fileId);
            }
        }
        return Optional.empty();
    }

    // public

    @Override
    public List<PublicCase> wall(WallFilter filter) {
        var where = wallWhere(filter);
        var spec = jdbc.sql("select * from cases c where " + where.getKey() + " order by c.submitted_at desc limit :limit offset :offset")
                .param("limit", WallFilter.PAGE_SIZE).param("offset", Math.max(filter.page(), 0) * WallFilter.PAGE_SIZE);
        for (var p : where.getValue().entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        Names names = new Names();
        return spec.query(CaseRepository::map).list().stream().map(c -> publicCase(c, names, false)).toList();
    }

    @Override
    public long wallCount(WallFilter filter) {
        var where = wallWhere(filter);
        // counted up to one past the cap: at province scale the wall holds millions, and nobody pages through them
        var spec = jdbc.sql("select count(*) from (select 1 from cases c where " + where.getKey() + " limit :cap) t")
                .param("cap", WallFilter.COUNT_CAP + 1);
        for (var p : where.getValue().entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query(Long.class).single();
    }

    @Override
    public Optional<PublicCase> publicCase(String ticket) {
        return cases.findByTicket(ticket).filter(CaseQueryService::onWall).map(c -> publicCase(c, new Names(), true));
    }

    @Override
    public Optional<FileStore.StoredFile> publicFile(String ticket, UUID fileId) {
        return cases.findByTicket(ticket).filter(CaseQueryService::onWall)
                .filter(c -> caseFiles(c.id(), true).contains(fileId))
                .flatMap(c -> files.load(fileId));
    }

    private static boolean onWall(CaseRecord c) {
        return c.isPublic() && !Set.of(CaseState.SUBMITTED, CaseState.REJECTED, CaseState.MERGED).contains(c.state());
    }

    private Map.Entry<String, Map<String, Object>> wallWhere(WallFilter f) {
        StringBuilder sql = new StringBuilder("c.is_public and c.state not in (" + NOT_ON_WALL + ")");
        Map<String, Object> params = new HashMap<>();
        if (f.deputyId() != null) {
            sql.append(" and c.deputy_id = :deputy");
            params.put("deputy", f.deputyId());
        }
        if (f.blockId() != null) {
            sql.append(" and c.block_id = :block");
            params.put("block", f.blockId());
        }
        if (f.categoryId() != null) {
            sql.append(" and c.category_id = :category");
            params.put("category", f.categoryId());
        }
        if (f.state() != null) {
            sql.append(" and c.state = :state");
            params.put("state", f.state().name());
        }
        return Map.entry(sql.toString(), params);
    }

    private PublicCase publicCase(CaseRecord c, Names names, boolean withTimeline) {
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
                c.submittedAt(), c.satisfaction(), entries, open, withTimeline && timeline.verify(c.id()).isEmpty());
    }

    // assembling views

    private CaseDetail detail(CaseRecord c, Role role) {
        Names names = new Names();
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
                c.wantsPublic(), c.isPublic(), c.residentName(), c.residentPhone(), c.contactVerified(), cases.photos(c.id()),
                assigned, entries, allowed, c.satisfaction(), c.proposalNumber(), mergedInto, c.suggestedDepartments(),
                timeline.verify(c.id()).isEmpty(), Masking.mask(c.messageText(), c.residentName()), open, c.blockId());
    }

    private TimelineEntry entry(TimelineEvent e, Map<Long, List<UUID>> attached, boolean masked, String residentName) {
        String body = masked ? Masking.mask(e.body(), residentName) : e.body();
        // staff names are shown on the public timeline; residents stay anonymous
        String actorName = e.actorRole() == ActorRole.RESIDENT ? null : e.actorName();
        return new TimelineEntry(e.seq(), e.type().name(), e.type().label(), e.actorRole().label(), actorName, e.occurredAt(), body,
                e.isPublic(), attached.getOrDefault(e.id(), List.of()));
    }

    List<CaseSummary> summaries(List<CaseRecord> records) {
        Names names = new Names();
        Map<Long, List<StageStatus>> clocks = clocks(records.stream().map(CaseRecord::id).toList());
        return records.stream().map(c -> summary(c, names, clocks.getOrDefault(c.id(), List.of()))).toList();
    }

    private CaseSummary summary(CaseRecord c, Names names, List<StageStatus> open) {
        String text = c.messageText();
        String excerpt = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return new CaseSummary(c.id(), c.ticket(), c.state(), c.channel(), names.deputyName(c.deputyId()),
                names.category(c.categoryId()), names.block(c.blockId()), excerpt, c.submittedAt(), c.updatedAt(), c.reopenCount(),
                open.isEmpty() ? null : open.get(0));
    }

    private Map<Long, List<StageStatus>> clocks(List<Long> caseIds) {
        return stages.statuses(caseIds, clock.instant());
    }

    private List<AssignmentView> views(List<Assignment> list) {
        Map<Long, String> tickets = new HashMap<>();
        Instant now = clock.instant();
        Map<Long, StageStatus> byAssignment = new HashMap<>();
        stages.openOf(list.stream().map(Assignment::caseId).distinct().toList()).values().stream().flatMap(List::stream)
                .filter(o -> o.row().assignmentId() != null)
                .forEach(o -> byAssignment.put(o.row().assignmentId(), stages.status(o, now)));
        List<AssignmentView> out = new ArrayList<>();
        for (Assignment a : list) {
            String ticket = tickets.computeIfAbsent(a.caseId(), id -> cases.find(id).map(CaseRecord::ticket).orElse(""));
            StageStatus clockOf = byAssignment.get(a.id());
            out.add(new AssignmentView(a.id(), a.caseId(), ticket, a.round(), a.departmentId(), a.departmentName(), a.state(),
                    a.dueDate(), a.instructions(), a.dispatchedAt(), a.reportedAt(), a.feedback(), a.returnReason(),
                    a.extensionDays(), a.extensionReason(), clockOf));
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

    /** Names from the directory, looked up once per request. */
    private final class Names {
        private final Map<Long, Optional<DeputyCard>> deputies = new HashMap<>();
        private final Map<Long, String> categories = new HashMap<>();
        private final Map<Long, String> blocks = new HashMap<>();

        Optional<DeputyCard> deputy(long id) {
            return deputies.computeIfAbsent(id, directory::deputy);
        }

        String deputyName(Long id) {
            return id == null ? null : deputy(id).map(DeputyCard::name).orElse(null);
        }

        String category(long id) {
            return categories.computeIfAbsent(id, k -> directory.category(k).map(Ref::name).orElse(""));
        }

        String block(Long id) {
            return id == null ? null : blocks.computeIfAbsent(id, k -> directory.region(k).map(Ref::name).orElse(null));
        }
    }
}
