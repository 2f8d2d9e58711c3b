package org.mashang.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.ActorRole;
import org.mashang.cases.Assignment;
import org.mashang.cases.AssignmentAction;
import org.mashang.cases.AssignmentChanged;
import org.mashang.cases.AssignmentLifecycle;
import org.mashang.cases.AssignmentState;
import org.mashang.cases.AssignmentUpdate;
import org.mashang.cases.CaseAction;
import org.mashang.cases.CaseChanges;
import org.mashang.cases.CaseLifecycle;
import org.mashang.cases.CaseState;
import org.mashang.cases.CaseTransitioned;
import org.mashang.cases.CaseUpdate;
import org.mashang.cases.EventType;
import org.mashang.cases.LockedCase;
import org.mashang.cases.TimelineStep;
import org.mashang.directory.DepartmentRef;
import org.mashang.directory.Directory;
import org.mashang.platform.Attachment;
import org.mashang.platform.FileStore;
import org.mashang.platform.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Carries out every change to a case for the steps of each actor, all in the caller's transaction with the row locked. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
@RequiredArgsConstructor
class CaseChangesService implements CaseChanges {

    private final CaseRepository cases;
    private final ScopedCaseRepository scoped;
    private final AssignmentRepository assignments;
    private final Timeline timeline;
    private final Directory directory;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Stages stages;
    private final CaseTransferRepository transfers;

    @Override
    public LockedCase lock(StaffUser user, Role role, long caseId) {
        if (user == null || !user.has(role)) {
            throw UserFacingException.forbidden("您没有" + role.label() + "的权限");
        }
        return scoped.find(caseId, CaseScope.of(user, role, directory), true).map(c -> locked(c, user, actorRole(role)))
                .orElseThrow(CaseChangesService::notFound);
    }

    @Override
    public LockedCase lockAsResponsibleDeputy(StaffUser deputy, long caseId) {
        LockedCase c = lock(deputy, Role.DEPUTY, caseId);
        if (c.deputyId() == null || !c.deputyId().equals(deputy.deputyId())) {
            throw UserFacingException.forbidden("这条留言由其他代表负责办理");
        }
        return c;
    }

    @Override
    public Optional<LockedCase> lockByTicket(LockedCase by, Role role, String ticket) {
        return cases.findByTicket(ticket)
                .flatMap(t -> scoped.find(t.id(), CaseScope.of(by.actor(), role, directory), true))
                .map(c -> locked(c, by.actor(), by.actorRole()));
    }

    /** The resident's or the system's own lock, after the caller proved the right to act (a query code, a verified phone). */
    LockedCase lockUnscoped(CaseRecord proved, ActorRole role) {
        return cases.lock(proved.id()).map(c -> locked(c, null, role)).orElseThrow(CaseChangesService::notFound);
    }

    @Override
    public LockedCase transition(LockedCase c, CaseAction action, CaseUpdate update, TimelineStep... steps) {
        CaseState to = CaseLifecycle.next(c.state(), action);
        Instant now = clock.instant();
        cases.transition(c.id(), c.version(), to, now, update, Stamps.of(c.state(), action, to, now));
        String shown = null;
        for (TimelineStep step : steps) {
            append(c, step, now);
            shown = step.isPublic() ? step.body() : shown;
        }
        Long deputyId = update.responsibleDeputyId() != null ? update.responsibleDeputyId() : c.deputyId();
        stages.onTransition(c.id(), c.state(), to, now);
        CaseRecord after = cases.find(c.id()).orElseThrow();
        events.publishEvent(new CaseTransitioned(c.id(), c.ticket(), action, c.state(), to, deputyId, c.stationId(), c.streetId(),
                now, shown, after.contact()));
        return locked(after, c.actor(), c.actorRole());
    }

    @Override
    public long record(LockedCase c, TimelineStep step) {
        return append(c, step, clock.instant());
    }

    @Override
    public String revealPhone(LockedCase c, TimelineStep step) {
        record(c, step);
        return cases.find(c.id()).map(CaseRecord::residentPhone).orElse(null);
    }

    @Override
    public boolean changeUrgency(LockedCase c, org.mashang.calendar.Urgency urgency, String reason) {
        org.mashang.calendar.Urgency before = stages.urgency(c.id());
        if (before == urgency) {
            return false;
        }
        Instant now = clock.instant();
        cases.setUrgency(c.id(), urgency);
        stages.reclock(c.id(), urgency, now);
        append(c, TimelineStep.internal(EventType.URGENCY_CHANGED, "紧急程度由「" + stages.className(before) + "」改为「"
                + stages.className(urgency) + "」：" + reason), now);
        return true;
    }

    @Override
    public void reclassify(LockedCase c, org.mashang.calendar.@org.jspecify.annotations.Nullable Urgency urgency,
                           @org.jspecify.annotations.Nullable String reason) {
        if (!c.state().open()) {
            throw new org.mashang.cases.IllegalTransitionException("留言已办结或不再办理，不能再调整紧急程度");
        }
        if (urgency == null) {
            throw UserFacingException.badRequest("请选择紧急程度");
        }
        if (!changeUrgency(c, urgency, org.mashang.cases.StepTexts.required(reason, "调整紧急程度的理由", 500))) {
            throw UserFacingException.badRequest("紧急程度没有变化");
        }
    }

    @Override
    public void publish(LockedCase c, String text) {
        CaseRecord stored = cases.find(c.id()).orElseThrow();
        String masked = Masking.mask(text, stored.residentName());
        cases.setPublicText(c.id(), masked);
        record(c, TimelineStep.shown(EventType.PUBLISHED, masked));
    }

    @Override
    public void attachPhotos(long eventId, List<Attachment> photos) {
        List<UUID> stored = new ArrayList<>();
        for (Attachment photo : photos) {
            stored.add(files.save(photo.content(), photo.contentType()).id());
        }
        timeline.attach(eventId, stored);
    }

    @Override
    public List<DepartmentRef> departments(LockedCase c, List<Long> ids, boolean required) {
        List<Long> unique = ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
        if (required && unique.isEmpty()) {
            throw UserFacingException.badRequest("请至少选择一个职能部门");
        }
        // the dispatcher sends the case to the departments of the committee holding it (a district: its bureaus); a deputy
        // may name any department serving the street, at any level, when asking for dispatch
        Map<Long, DepartmentRef> serving = (c.actorRole() == ActorRole.DISPATCHER
                ? directory.departmentsOfCommittee(transfers.holdingRegion(c.id()).orElse(c.streetId()))
                : directory.departmentsServing(c.streetId())).stream()
                .collect(Collectors.toMap(DepartmentRef::id, d -> d));
        List<DepartmentRef> chosen = new ArrayList<>();
        for (Long id : unique) {
            DepartmentRef d = serving.get(id);
            if (d == null) {
                throw UserFacingException.badRequest("所选部门不存在，或不负责本辖区的事务");
            }
            chosen.add(d);
        }
        return chosen;
    }

    @Override
    public Optional<Assignment> assignment(long id) {
        return assignments.find(id);
    }

    @Override
    public List<Assignment> assignments(long caseId) {
        return assignments.ofCase(caseId);
    }

    @Override
    public long assign(LockedCase c, int round, DepartmentRef department, LocalDate due, String instructions) {
        return assign(c, round, department, due, instructions, null);
    }

    @Override
    public long assign(LockedCase c, int round, DepartmentRef department, LocalDate due, String instructions, Long leadAssignmentId) {
        Instant now = clock.instant();
        long id = assignments.insert(c.id(), round, department.id(), department.name(), due, instructions, now, c.actor().id(),
                leadAssignmentId);
        stages.openAssignment(c.id(), id, now, due);
        events.publishEvent(new AssignmentChanged(id, c.id(), c.ticket(), department.id(), null, AssignmentState.HANDLING, due, now,
                c.streetId()));
        return id;
    }

    @Override
    public LocalDate changeAssignment(LockedCase c, Assignment a, AssignmentAction action, AssignmentUpdate update) {
        AssignmentState to = AssignmentLifecycle.next(a.state(), action);
        Instant now = clock.instant();
        LocalDate due = action == AssignmentAction.GRANT_EXTENSION ? stages.extendAssignment(a.id(), a.extensionDays())
                : a.dueDate();
        assignments.update(a.id(), to, due, update, action == AssignmentAction.REPORT ? now : null);
        if (!to.open()) {
            stages.completeAssignment(a.id(), now);
        }
        events.publishEvent(new AssignmentChanged(a.id(), c.id(), c.ticket(), a.departmentId(), action, to, due, now, c.streetId()));
        return due;
    }

    private long append(LockedCase c, TimelineStep step, Instant now) {
        StaffUser user = c.actor();
        return timeline.append(c.id(), step.type(), c.actorRole(), user == null ? null : user.id(),
                user == null ? null : user.displayName(), step.body(), step.isPublic(), now).id();
    }

    private static LockedCase locked(CaseRecord c, StaffUser actor, ActorRole role) {
        return new LockedCase(c.id(), c.ticket(), c.state(), c.deputyId(), c.stationId(), c.streetId(), c.pool(), c.wantsPublic(),
                c.version(), actor, role);
    }

    static ActorRole actorRole(Role role) {
        return switch (role) {
            case REVIEWER -> ActorRole.REVIEWER;
            case DEPUTY -> ActorRole.DEPUTY;
            case DISPATCHER -> ActorRole.DISPATCHER;
            case DEPARTMENT -> ActorRole.DEPARTMENT;
            case ADMIN -> ActorRole.STAFF;
        };
    }

    static UserFacingException notFound() {
        return UserFacingException.notFound("没有找到这条留言，或您无权查看");
    }
}
