package org.mashang.cases.internal;

import static org.mashang.cases.CaseAction.ACCEPT;
import static org.mashang.cases.CaseAction.ANSWER_PROPOSAL;
import static org.mashang.cases.CaseAction.COMPLETE_FEEDBACK;
import static org.mashang.cases.CaseAction.DISPATCH;
import static org.mashang.cases.CaseAction.EVALUATE;
import static org.mashang.cases.CaseAction.MERGE;
import static org.mashang.cases.CaseAction.RAISE_PROPOSAL;
import static org.mashang.cases.CaseAction.REJECT;
import static org.mashang.cases.CaseAction.REOPEN;
import static org.mashang.cases.CaseAction.REPLY;
import static org.mashang.cases.CaseAction.REPLY_TO_RESIDENT;
import static org.mashang.cases.CaseAction.REQUEST_DISPATCH;
import static org.mashang.cases.CaseAction.RESOLVE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.AssignmentAction;
import org.mashang.cases.AssignmentChanged;
import org.mashang.cases.AssignmentLifecycle;
import org.mashang.cases.AssignmentState;
import org.mashang.cases.CaseAction;
import org.mashang.cases.CaseLifecycle;
import org.mashang.cases.CaseState;
import org.mashang.cases.CaseTransitioned;
import org.mashang.cases.CaseWorkflow;
import org.mashang.cases.Satisfaction;
import org.mashang.directory.DepartmentRef;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.platform.Attachment;
import org.mashang.platform.FileStore;
import org.mashang.platform.UserFacingException;
import org.mashang.platform.Zones;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out every action on a case: scope check, state machine, the change, its timeline event(s)
 * and the application event, all in one transaction with the case row locked.
 */
@Service
@Transactional
class CaseWorkflowService implements CaseWorkflow {

    static final int MAX_TEXT = 4000;
    static final int MAX_EXTENSION_DAYS = 30;

    private final CaseRepository cases;
    private final AssignmentRepository assignments;
    private final Timeline timeline;
    private final Directory directory;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Stages stages;
    private final QueryCodeGate gate;

    CaseWorkflowService(CaseRepository cases, AssignmentRepository assignments, Timeline timeline, Directory directory,
                        FileStore files, ApplicationEventPublisher events, Clock clock, Stages stages, QueryCodeGate gate) {
        this.gate = gate;
        this.stages = stages;
        this.cases = cases;
        this.assignments = assignments;
        this.timeline = timeline;
        this.directory = directory;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    // review

    @Override
    public void accept(StaffUser reviewer, long caseId, Long responsibleDeputyId, boolean makePublic, String publicText) {
        CaseRecord c = lock(reviewer, Role.REVIEWER, caseId);
        CaseState to = CaseLifecycle.next(c.state(), ACCEPT);
        if (makePublic && !c.wantsPublic()) {
            throw UserFacingException.badRequest("群众选择了不公开，这条留言不能公开");
        }
        String shown = makePublic ? required(publicText, "公开内容", 2000) : null;
        Long deputyId = c.deputyId();
        if (c.pool() || deputyId == null) {
            if (responsibleDeputyId == null) {
                throw UserFacingException.badRequest("这条留言是给联络站的，请指定一位负责办理的代表");
            }
            DeputyCard deputy = directory.deputy(responsibleDeputyId)
                    .filter(d -> d.stationId() == c.stationId() && d.serving())
                    .orElseThrow(() -> UserFacingException.badRequest("请从本联络站在任的代表中选择负责代表"));
            deputyId = deputy.id();
        }
        Instant now = clock.instant();
        Map<String, Object> columns = new HashMap<>();
        columns.put("accepted_at", now);
        columns.put("deputy_id", deputyId);
        columns.put("is_public", makePublic);
        cases.transition(c, to, now, columns);
        String deputyName = directory.deputy(deputyId).map(DeputyCard::name).orElse("");
        append(c, EventType.ACCEPTED, reviewer, ActorRole.REVIEWER, "已受理，由" + deputyName + "代表办理", true, now);
        if (makePublic) {
            publish(c, reviewer, shown, now);
        }
        transitioned(c, ACCEPT, to, deputyId, now);
    }

    @Override
    public void reject(StaffUser reviewer, long caseId, String reason) {
        CaseRecord c = lock(reviewer, Role.REVIEWER, caseId);
        CaseState to = CaseLifecycle.next(c.state(), REJECT);
        String why = required(reason, "不予受理的理由", 1000);
        Instant now = clock.instant();
        cases.transition(c, to, now, Map.of());
        append(c, EventType.REJECTED, reviewer, ActorRole.REVIEWER, why, true, now);
        transitioned(c, REJECT, to, c.deputyId(), now);
    }

    @Override
    public void merge(StaffUser reviewer, long caseId, String targetTicket) {
        CaseRecord c = lock(reviewer, Role.REVIEWER, caseId);
        CaseState to = CaseLifecycle.next(c.state(), MERGE);
        String ticket = required(targetTicket, "要合并到的受理编号", 24);
        CaseRecord target = cases.findByTicket(ticket)
                .flatMap(t -> cases.findInScope(t.id(), scope(reviewer, Role.REVIEWER), true))
                .orElseThrow(() -> UserFacingException.badRequest("没有找到受理编号为 " + ticket + " 的留言"));
        if (target.id() == c.id()) {
            throw UserFacingException.badRequest("不能合并到自己");
        }
        if (target.state() == CaseState.SUBMITTED || target.state().terminal()) {
            throw UserFacingException.badRequest("只能合并到已受理、正在办理的留言");
        }
        Instant now = clock.instant();
        cases.transition(c, to, now, Map.of("merged_into", target.id()));
        append(c, EventType.MERGED, reviewer, ActorRole.REVIEWER, "与受理编号 " + target.ticket() + " 的留言合并办理", true, now);
        append(target, EventType.MERGED_IN, reviewer, ActorRole.REVIEWER, "合并了受理编号 " + c.ticket() + " 的重复留言", false, now);
        transitioned(c, MERGE, to, c.deputyId(), now);
    }

    // the deputy

    @Override
    public void reply(StaffUser deputy, long caseId, String text) {
        simpleDeputyStep(deputy, caseId, REPLY, EventType.REPLIED, text, "first_reply_at");
    }

    @Override
    public void resolve(StaffUser deputy, long caseId, String text) {
        simpleDeputyStep(deputy, caseId, RESOLVE, EventType.RESOLVED, text, "closed_at");
    }

    @Override
    public void replyToResident(StaffUser deputy, long caseId, String text) {
        simpleDeputyStep(deputy, caseId, REPLY_TO_RESIDENT, EventType.CLOSED, text, "closed_at");
    }

    @Override
    public void answerProposal(StaffUser deputy, long caseId, String answer) {
        simpleDeputyStep(deputy, caseId, ANSWER_PROPOSAL, EventType.PROPOSAL_ANSWERED, answer, "closed_at");
    }

    private void simpleDeputyStep(StaffUser deputy, long caseId, CaseAction action, EventType type, String text, String stampColumn) {
        CaseRecord c = lockAsResponsibleDeputy(deputy, caseId);
        CaseState to = CaseLifecycle.next(c.state(), action);
        String body = required(text, "内容", MAX_TEXT);
        Instant now = clock.instant();
        Map<String, Object> columns = new HashMap<>();
        // only the first reply counts for the 3-working-day clock; a reply after a reopen does not reset it
        boolean stamp = !"first_reply_at".equals(stampColumn) || c.state() == CaseState.ACCEPTED;
        if (stamp) {
            columns.put(stampColumn, now);
        }
        cases.transition(c, to, now, columns);
        append(c, type, deputy, ActorRole.DEPUTY, body, true, now);
        transitioned(c, action, to, c.deputyId(), now);
    }

    @Override
    public void requestDispatch(StaffUser deputy, long caseId, List<Long> suggestedDepartmentIds, String note) {
        CaseRecord c = lockAsResponsibleDeputy(deputy, caseId);
        CaseState to = CaseLifecycle.next(c.state(), REQUEST_DISPATCH);
        List<DepartmentRef> suggested = departments(c, suggestedDepartmentIds, false);
        String text = optional(note, "说明", 1000);
        Instant now = clock.instant();
        cases.transition(c, to, now, Map.of("suggested_departments",
                suggested.stream().map(DepartmentRef::id).toArray(Long[]::new)));
        String body = (suggested.isEmpty() ? "提请人大工委交办" : "提请交办：" + names(suggested)) + (text == null ? "" : "。" + text);
        append(c, EventType.DISPATCH_REQUESTED, deputy, ActorRole.DEPUTY, body, false, now);
        transitioned(c, REQUEST_DISPATCH, to, c.deputyId(), now);
    }

    @Override
    public void raiseProposal(StaffUser deputy, long caseId, String proposalNumber, String text) {
        CaseRecord c = lockAsResponsibleDeputy(deputy, caseId);
        CaseState to = CaseLifecycle.next(c.state(), RAISE_PROPOSAL);
        String number = required(proposalNumber, "建议编号", 60);
        String body = required(text, "建议内容", MAX_TEXT);
        Instant now = clock.instant();
        cases.transition(c, to, now, Map.of("proposal_number", number));
        append(c, EventType.PROPOSAL_RAISED, deputy, ActorRole.DEPUTY, "代表建议 " + number + "：" + body, true, now);
        transitioned(c, RAISE_PROPOSAL, to, c.deputyId(), now);
    }

    // clocks

    @Override
    public void pauseClock(StaffUser user, Role role, long caseId, String reason) {
        CaseRecord c = clockKeeper(user, role, caseId);
        String why = required(reason, "暂停计时的原因", 500);
        Instant now = clock.instant();
        if (!stages.pause(c.id(), why, now)) {
            throw new org.mashang.cases.IllegalTransitionException("这条留言当前没有正在计时的环节，或已暂停计时");
        }
        append(c, EventType.CLOCK_PAUSED, user, actorRole(role), why, true, now);
    }

    @Override
    public void resumeClock(StaffUser user, Role role, long caseId) {
        CaseRecord c = clockKeeper(user, role, caseId);
        Instant now = clock.instant();
        LocalDate lastDay = stages.resume(c.id(), now)
                .orElseThrow(() -> new org.mashang.cases.IllegalTransitionException("这条留言没有暂停计时"));
        append(c, EventType.CLOCK_RESUMED, user, actorRole(role), "恢复计时，办理期限顺延至 " + lastDay, true, now);
    }

    /** Reviewers keep the review clock; the responsible deputy keeps the reply clocks. */
    private CaseRecord clockKeeper(StaffUser user, Role role, long caseId) {
        CaseRecord c = role == Role.DEPUTY ? lockAsResponsibleDeputy(user, caseId) : lock(user, role, caseId);
        var stage = Stages.clockedIn(c.state());
        boolean keeper = stage.isPresent() && (role == Role.REVIEWER ? stage.get() == org.mashang.calendar.Stage.REVIEW
                : role == Role.DEPUTY && stage.get() != org.mashang.calendar.Stage.REVIEW);
        if (!keeper) {
            throw new org.mashang.cases.IllegalTransitionException(
                    "留言当前状态为「" + c.state().label() + "」，" + role.label() + "不能暂停或恢复它的计时");
        }
        return c;
    }

    private static ActorRole actorRole(Role role) {
        return role == Role.DEPUTY ? ActorRole.DEPUTY : role == Role.REVIEWER ? ActorRole.REVIEWER : ActorRole.STAFF;
    }

    // dispatch

    @Override
    public void dispatch(StaffUser dispatcher, long caseId, List<Long> departmentIds, LocalDate dueDate, String instructions) {
        CaseRecord c = lock(dispatcher, Role.DISPATCHER, caseId);
        CaseState to = CaseLifecycle.next(c.state(), DISPATCH);
        List<DepartmentRef> targets = departments(c, departmentIds, true);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Zones.CHINA);
        if (dueDate == null || !dueDate.isAfter(today)) {
            throw UserFacingException.badRequest("办理期限应晚于今天");
        }
        if (dueDate.isAfter(today.plusDays(180))) {
            throw UserFacingException.badRequest("办理期限不能超过 180 天");
        }
        String text = optional(instructions, "交办要求", 1000);
        int current = assignments.currentRound(c.id());
        // a reopened case starts a new round of dispatch; otherwise departments join the current round
        int round = c.state() == CaseState.REOPENED || current == 0 ? current + 1 : current;
        var already = assignments.ofCase(c.id()).stream()
                .filter(a -> a.round() == round && a.state() != AssignmentState.RETURNED)
                .map(Assignment::departmentId).collect(Collectors.toSet());
        for (DepartmentRef d : targets) {
            if (already.contains(d.id())) {
                throw UserFacingException.badRequest(d.name() + "已在办理这条留言");
            }
        }
        cases.transition(c, to, now, Map.of());
        for (DepartmentRef d : targets) {
            long id = assignments.insert(c.id(), round, d.id(), d.name(), dueDate, text, now, dispatcher.id());
            stages.openAssignment(c.id(), id, now, dueDate);
            events.publishEvent(new AssignmentChanged(id, c.id(), c.ticket(), d.id(), null, AssignmentState.HANDLING, dueDate, now));
        }
        append(c, EventType.DISPATCHED, dispatcher, ActorRole.DISPATCHER,
                "交办" + names(targets) + "办理，办理期限 " + dueDate + (text == null ? "" : "。" + text), true, now);
        transitioned(c, DISPATCH, to, c.deputyId(), now);
    }

    @Override
    public void decideExtension(StaffUser dispatcher, long assignmentId, boolean grant, String note) {
        Assignment a = assignments.find(assignmentId).orElseThrow(CaseWorkflowService::notFound);
        CaseRecord c = lock(dispatcher, Role.DISPATCHER, a.caseId());
        requireDispatched(c);
        AssignmentAction action = grant ? AssignmentAction.GRANT_EXTENSION : AssignmentAction.DENY_EXTENSION;
        AssignmentState to = AssignmentLifecycle.next(a.state(), action);
        String text = optional(note, "说明", 1000);
        Instant now = clock.instant();
        LocalDate due = grant ? stages.extendAssignment(a.id(), a.extensionDays()) : a.dueDate();
        assignments.update(a.id(), to, Map.of("due_date", due));
        String body = a.departmentName() + (grant ? "延期至 " + due : "延期申请未获同意，仍应于 " + due + " 内办结")
                + (text == null ? "" : "。" + text);
        append(c, grant ? EventType.EXTENSION_GRANTED : EventType.EXTENSION_DENIED, dispatcher, ActorRole.DISPATCHER, body, grant, now);
        events.publishEvent(new AssignmentChanged(a.id(), c.id(), c.ticket(), a.departmentId(), action, to, due, now));
    }

    // the department

    @Override
    public void report(StaffUser department, long assignmentId, String feedback, List<Attachment> photos) {
        Assignment a = ownAssignment(department, assignmentId);
        CaseRecord c = lock(department, Role.DEPARTMENT, a.caseId());
        requireDispatched(c);
        AssignmentState to = AssignmentLifecycle.next(a.state(), AssignmentAction.REPORT);
        String text = required(feedback, "办理结果", MAX_TEXT);
        Instant now = clock.instant();
        assignments.update(a.id(), to, Map.of("feedback", text, "reported_at", now));
        stages.completeAssignment(a.id(), now);
        TimelineEvent event = append(c, EventType.FEEDBACK, department, ActorRole.DEPARTMENT, a.departmentName() + "：" + text, true, now);
        List<UUID> stored = new ArrayList<>();
        for (Attachment photo : photos) {
            stored.add(files.save(photo.content(), photo.contentType()).id());
        }
        timeline.attach(event.id(), stored);
        events.publishEvent(new AssignmentChanged(a.id(), c.id(), c.ticket(), a.departmentId(), AssignmentAction.REPORT, to,
                a.dueDate(), now));
        completeIfAllReported(c, a.round(), now);
    }

    @Override
    public void returnAssignment(StaffUser department, long assignmentId, String reason) {
        Assignment a = ownAssignment(department, assignmentId);
        CaseRecord c = lock(department, Role.DEPARTMENT, a.caseId());
        requireDispatched(c);
        AssignmentState to = AssignmentLifecycle.next(a.state(), AssignmentAction.RETURN);
        String why = required(reason, "退回理由", 1000);
        Instant now = clock.instant();
        assignments.update(a.id(), to, Map.of("return_reason", why));
        stages.completeAssignment(a.id(), now);
        append(c, EventType.RETURNED, department, ActorRole.DEPARTMENT, a.departmentName() + "退回：" + why, false, now);
        events.publishEvent(new AssignmentChanged(a.id(), c.id(), c.ticket(), a.departmentId(), AssignmentAction.RETURN, to,
                a.dueDate(), now));
        completeIfAllReported(c, a.round(), now);
    }

    @Override
    public void requestExtension(StaffUser department, long assignmentId, int days, String reason) {
        Assignment a = ownAssignment(department, assignmentId);
        CaseRecord c = lock(department, Role.DEPARTMENT, a.caseId());
        requireDispatched(c);
        AssignmentState to = AssignmentLifecycle.next(a.state(), AssignmentAction.REQUEST_EXTENSION);
        if (days < 1 || days > MAX_EXTENSION_DAYS) {
            throw UserFacingException.badRequest("延期天数应在 1 到 " + MAX_EXTENSION_DAYS + " 个工作日之间");
        }
        String why = required(reason, "延期理由", 1000);
        Instant now = clock.instant();
        assignments.update(a.id(), to, Map.of("extension_days", days, "extension_reason", why));
        append(c, EventType.EXTENSION_REQUESTED, department, ActorRole.DEPARTMENT,
                a.departmentName() + "申请延期 " + days + " 个工作日：" + why, false, now);
        events.publishEvent(new AssignmentChanged(a.id(), c.id(), c.ticket(), a.departmentId(),
                AssignmentAction.REQUEST_EXTENSION, to, a.dueDate(), now));
    }

    /** All departments of the round have answered and at least one reported: the deputy can reply to the resident. */
    private void completeIfAllReported(CaseRecord before, int round, Instant now) {
        List<Assignment> ofRound = assignments.ofCase(before.id()).stream().filter(x -> x.round() == round).toList();
        boolean anyOpen = ofRound.stream().anyMatch(x -> x.state().open());
        boolean anyReported = ofRound.stream().anyMatch(x -> x.state() == AssignmentState.REPORTED);
        if (anyOpen || !anyReported) {
            return;
        }
        CaseRecord c = cases.findInScope(before.id(), new CaseScope("true", Map.of()), true).orElseThrow();
        CaseState to = CaseLifecycle.next(c.state(), COMPLETE_FEEDBACK);
        cases.transition(c, to, now, Map.of("feedback_done_at", now));
        timeline.append(c.id(), EventType.FEEDBACK_COMPLETE, ActorRole.SYSTEM, null, null, "各部门已反馈，等待代表答复群众", true, now);
        transitioned(c, COMPLETE_FEEDBACK, to, c.deputyId(), now);
    }

    // the resident

    @Override
    @Transactional(noRollbackFor = QueryCodeGate.QueryCodeRefused.class) // a wrong code stays counted
    public void evaluate(String ticket, String queryCode, String clientAddress, Satisfaction satisfaction, String comment,
                         boolean commentPublic) {
        evaluateLocked(gate.lock(ticket, queryCode, clientAddress), satisfaction, comment, commentPublic);
    }

    @Override
    public void evaluateAsOwner(String ticket, String verifiedPhone, Satisfaction satisfaction, String comment, boolean commentPublic) {
        evaluateLocked(lockAsOwner(ticket, verifiedPhone), satisfaction, comment, commentPublic);
    }

    private void evaluateLocked(CaseRecord c, Satisfaction satisfaction, String comment, boolean commentPublic) {
        CaseState to = CaseLifecycle.next(c.state(), EVALUATE);
        if (satisfaction == null) {
            throw UserFacingException.badRequest("请选择满意、基本满意或不满意");
        }
        String text = optional(comment, "评价意见", 1000);
        Instant now = clock.instant();
        cases.transition(c, to, now, Map.of("satisfaction", satisfaction.name(), "evaluated_at", now));
        // a comment the resident keeps private is an internal step: staff read it, the wall does not
        timeline.append(c.id(), EventType.EVALUATED, ActorRole.RESIDENT, null, null, satisfaction.label()
                + (text == null || !commentPublic ? "" : "：" + text), true, now);
        if (text != null && !commentPublic) {
            timeline.append(c.id(), EventType.EVALUATED, ActorRole.RESIDENT, null, null, "评价意见（不公开）：" + text, false, now);
        }
        transitioned(c, EVALUATE, to, c.deputyId(), now);
        events.publishEvent(new org.mashang.cases.CaseEvaluated(c.id(), satisfaction, now));
        if (satisfaction == Satisfaction.UNSATISFIED) {
            CaseRecord evaluated = cases.findInScope(c.id(), new CaseScope("true", Map.of()), true).orElseThrow();
            reopenLocked(evaluated, "群众不满意，重新办理", now);
        }
    }

    private void reopenLocked(CaseRecord c, String body, Instant now) {
        CaseState to = CaseLifecycle.next(c.state(), REOPEN);
        cases.transition(c, to, now, Map.of("reopen_count", c.reopenCount() + 1));
        timeline.append(c.id(), EventType.REOPENED, ActorRole.RESIDENT, null, null, body, true, now);
        transitioned(c, REOPEN, to, c.deputyId(), now);
    }

    // helpers

    private CaseScope scope(StaffUser user, Role role) {
        return CaseScope.of(user, role, directory);
    }

    private CaseRecord lock(StaffUser user, Role role, long caseId) {
        if (user == null || !user.has(role)) {
            throw UserFacingException.forbidden("您没有" + role.label() + "的权限");
        }
        return cases.findInScope(caseId, scope(user, role), true).orElseThrow(CaseWorkflowService::notFound);
    }

    /** Pool cases are visible to every deputy of the station, but only the responsible deputy acts on them. */
    private CaseRecord lockAsResponsibleDeputy(StaffUser deputy, long caseId) {
        CaseRecord c = lock(deputy, Role.DEPUTY, caseId);
        if (c.deputyId() == null || !c.deputyId().equals(deputy.deputyId())) {
            throw UserFacingException.forbidden("这条留言由其他代表负责办理");
        }
        return c;
    }

    private Assignment ownAssignment(StaffUser department, long assignmentId) {
        return assignments.find(assignmentId)
                .filter(a -> department != null && department.has(Role.DEPARTMENT) && department.departmentId() != null
                        && a.departmentId() == department.departmentId())
                .orElseThrow(CaseWorkflowService::notFound);
    }

    /** The resident proved with a one-time code that they hold the phone left with the case. */
    private CaseRecord lockAsOwner(String ticket, String verifiedPhone) {
        return Optional.ofNullable(ticket).map(String::strip).flatMap(cases::findByTicket)
                .filter(c -> verifiedPhone != null && verifiedPhone.equals(c.residentPhone()))
                .flatMap(c -> cases.findInScope(c.id(), new CaseScope("true", Map.of()), true))
                .orElseThrow(() -> UserFacingException.notFound("没有找到这条留言：只能办理用已验证的手机号留下的留言"));
    }

    private static void requireDispatched(CaseRecord c) {
        if (c.state() != CaseState.DISPATCHED) {
            throw new org.mashang.cases.IllegalTransitionException("留言当前状态为「" + c.state().label() + "」，交办任务已不能变更");
        }
    }

    private List<DepartmentRef> departments(CaseRecord c, List<Long> ids, boolean required) {
        List<Long> unique = ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
        if (required && unique.isEmpty()) {
            throw UserFacingException.badRequest("请至少选择一个职能部门");
        }
        Map<Long, DepartmentRef> serving = directory.departmentsServing(c.streetId()).stream()
                .collect(Collectors.toMap(DepartmentRef::id, d -> d));
        List<DepartmentRef> chosen = new ArrayList<>();
        for (Long id : unique) {
            DepartmentRef d = serving.get(id);
            if (d == null) {
                throw UserFacingException.badRequest("所选部门不存在，或不负责本街道的事务");
            }
            chosen.add(d);
        }
        return chosen;
    }

    private static String names(List<DepartmentRef> departments) {
        return departments.stream().map(DepartmentRef::name).collect(Collectors.joining("、"));
    }

    private void publish(CaseRecord c, StaffUser reviewer, String text, Instant now) {
        String masked = Masking.mask(text, c.residentName());
        cases.update(c.id(), Map.of("public_text", masked));
        append(c, EventType.PUBLISHED, reviewer, ActorRole.REVIEWER, masked, true, now);
    }

    private TimelineEvent append(CaseRecord c, EventType type, StaffUser user, ActorRole role, String body, boolean isPublic,
                                 Instant now) {
        return timeline.append(c.id(), type, role, user.id(), user.displayName(), body, isPublic, now);
    }

    private void transitioned(CaseRecord c, CaseAction action, CaseState to, Long deputyId, Instant now) {
        stages.onTransition(c.id(), c.state(), to, now);
        events.publishEvent(new CaseTransitioned(c.id(), c.ticket(), action, c.state(), to, deputyId, c.stationId(), c.streetId(), now));
    }

    static String required(String text, String what, int max) {
        String t = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (t.isEmpty()) {
            throw UserFacingException.badRequest("请填写" + what);
        }
        if (t.length() > max) {
            throw UserFacingException.badRequest(what + "不能超过 " + max + " 个字");
        }
        return t;
    }

    static String optional(String text, String what, int max) {
        String t = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (t.length() > max) {
            throw UserFacingException.badRequest(what + "不能超过 " + max + " 个字");
        }
        return t.isEmpty() ? null : t;
    }

    private static UserFacingException notFound() {
        return UserFacingException.notFound("没有找到这条留言，或您无权查看");
    }
}
