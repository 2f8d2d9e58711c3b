package org.mashang.dispatch.internal;

import static org.mashang.cases.StepTexts.MAX_TEXT;
import static org.mashang.cases.StepTexts.optional;
import static org.mashang.cases.StepTexts.required;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.Assignment;
import org.mashang.cases.AssignmentAction;
import org.mashang.cases.AssignmentLifecycle;
import org.mashang.cases.AssignmentState;
import org.mashang.cases.AssignmentUpdate;
import org.mashang.cases.CaseAction;
import org.mashang.cases.CaseChanges;
import org.mashang.cases.CaseLevels;
import org.mashang.cases.CaseUpdate;
import org.mashang.cases.DispatchSteps;
import org.mashang.cases.EventType;
import org.mashang.cases.IllegalTransitionException;
import org.mashang.cases.LockedCase;
import org.mashang.cases.TimelineStep;
import org.mashang.directory.DepartmentRef;
import org.mashang.platform.Attachment;
import org.mashang.platform.UserFacingException;
import org.mashang.platform.Zones;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dispatchers' steps (dispatch, extensions) and the departments' (report, return, ask for an extension). */
@Service
@Transactional
@RequiredArgsConstructor
class Dispatch implements DispatchSteps {

    static final int MAX_EXTENSION_DAYS = 30;

    private final CaseChanges changes;
    private final Clock clock;
    private final LeadAndCoHandlers leadAndCo;
    private final CaseLevels levels;
    private final org.mashang.cases.CaseWorkflow workflow;

    @Override
    public void dispatch(StaffUser dispatcher, long caseId, List<Long> departmentIds, LocalDate dueDate, String instructions) {
        dispatch(dispatcher, caseId, departmentIds, null, dueDate, instructions);
    }

    @Override
    public void dispatch(StaffUser dispatcher, long caseId, List<Long> departmentIds, Long leadDepartmentId, LocalDate dueDate,
                         String instructions) {
        LockedCase c = levels.lockAsHolder(dispatcher, caseId).require(CaseAction.DISPATCH);
        List<DepartmentRef> targets = changes.departments(c, departmentIds, true);
        DepartmentRef lead = leadDepartmentId == null ? null : targets.stream().filter(d -> d.id() == leadDepartmentId).findFirst()
                .orElseThrow(() -> UserFacingException.badRequest("主办部门应是所选部门之一"));
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.CHINA);
        if (dueDate == null || !dueDate.isAfter(today)) {
            throw UserFacingException.badRequest("办理期限应晚于今天");
        }
        if (dueDate.isAfter(today.plusDays(180))) {
            throw UserFacingException.badRequest("办理期限不能超过 180 天");
        }
        String text = optional(instructions, "交办要求", 1000);
        List<Assignment> earlier = changes.assignments(c.id());
        int current = earlier.stream().mapToInt(Assignment::round).max().orElse(0);
        // a reopened case starts a new round of dispatch; otherwise departments join the current round
        int round = c.state().startsNewDispatchRound() || current == 0 ? current + 1 : current;
        Set<Long> already = earlier.stream().filter(a -> a.round() == round && a.state() != AssignmentState.RETURNED)
                .map(Assignment::departmentId).collect(Collectors.toSet());
        for (DepartmentRef d : targets) {
            if (already.contains(d.id())) {
                throw UserFacingException.badRequest(d.name() + "已在办理这条留言");
            }
        }
        LockedCase dispatched = changes.transition(c, CaseAction.DISPATCH, CaseUpdate.NONE, TimelineStep.shown(EventType.DISPATCHED,
                "交办" + LeadAndCoHandlers.names(targets, lead) + "办理，办理期限 " + dueDate + (text == null ? "" : "。" + text)));
        if (lead == null) {
            for (DepartmentRef d : targets) {
                changes.assign(dispatched, round, d, dueDate, text);
            }
            return;
        }
        long leadAssignment = changes.assign(dispatched, round, lead, dueDate, text);
        for (DepartmentRef d : targets) {
            if (d.id() != lead.id()) {
                changes.assign(dispatched, round, d, dueDate, text, leadAssignment);
            }
        }
    }

    @Override
    public void decideExtension(StaffUser dispatcher, long assignmentId, boolean grant, String note) {
        Assignment a = changes.assignment(assignmentId).orElseThrow(Dispatch::notFound);
        LockedCase c = withDepartments(levels.lockAsHolder(dispatcher, a.caseId()));
        AssignmentAction action = grant ? AssignmentAction.GRANT_EXTENSION : AssignmentAction.DENY_EXTENSION;
        AssignmentLifecycle.next(a.state(), action);
        String text = optional(note, "说明", 1000);
        LocalDate due = changes.changeAssignment(c, a, action, AssignmentUpdate.NONE);
        String body = a.departmentName() + (grant ? "延期至 " + due : "延期申请未获同意，仍应于 " + due + " 内办结")
                + (text == null ? "" : "。" + text);
        changes.record(c, new TimelineStep(grant ? EventType.EXTENSION_GRANTED : EventType.EXTENSION_DENIED, body, grant));
    }

    @Override
    public void report(StaffUser department, long assignmentId, String feedback, List<Attachment> photos) {
        Assignment a = ownAssignment(department, assignmentId);
        LockedCase c = withDepartments(changes.lock(department, Role.DEPARTMENT, a.caseId()));
        AssignmentLifecycle.next(a.state(), AssignmentAction.REPORT);
        String text = required(feedback, "办理结果", MAX_TEXT);
        changes.changeAssignment(c, a, AssignmentAction.REPORT, AssignmentUpdate.reported(text));
        List<Assignment> all = changes.assignments(c.id());
        long event = changes.record(c, leadAndCo.feedbackStep(a, all, text));
        changes.attachPhotos(event, photos);
        leadAndCo.closeCoHandlers(c, a, all);
        completeIfAllReported(c, a.round());
    }

    @Override
    public void returnAssignment(StaffUser department, long assignmentId, String reason) {
        Assignment a = ownAssignment(department, assignmentId);
        LockedCase c = withDepartments(changes.lock(department, Role.DEPARTMENT, a.caseId()));
        AssignmentLifecycle.next(a.state(), AssignmentAction.RETURN);
        String why = required(reason, "退回理由", 1000);
        changes.changeAssignment(c, a, AssignmentAction.RETURN, AssignmentUpdate.returned(why));
        changes.record(c, TimelineStep.internal(EventType.RETURNED, a.departmentName() + "退回：" + why));
        leadAndCo.closeCoHandlers(c, a, changes.assignments(c.id()));
        completeIfAllReported(c, a.round());
    }

    @Override
    public void requestExtension(StaffUser department, long assignmentId, int days, String reason) {
        Assignment a = ownAssignment(department, assignmentId);
        LockedCase c = withDepartments(changes.lock(department, Role.DEPARTMENT, a.caseId()));
        AssignmentLifecycle.next(a.state(), AssignmentAction.REQUEST_EXTENSION);
        if (days < 1 || days > MAX_EXTENSION_DAYS) {
            throw UserFacingException.badRequest("延期天数应在 1 到 " + MAX_EXTENSION_DAYS + " 个工作日之间");
        }
        String why = required(reason, "延期理由", 1000);
        changes.changeAssignment(c, a, AssignmentAction.REQUEST_EXTENSION, AssignmentUpdate.extensionAsked(days, why));
        changes.record(c, TimelineStep.internal(EventType.EXTENSION_REQUESTED,
                a.departmentName() + "申请延期 " + days + " 个工作日：" + why));
    }

    /**
     * All departments of the round have answered and at least one reported: the deputy can reply to the resident.
     * Co-handlers report to their lead, so only leads (and departments dispatched alone) count here.
     */
    private void completeIfAllReported(LockedCase c, int round) {
        List<Assignment> ofRound = changes.assignments(c.id()).stream().filter(x -> x.round() == round && !x.coHandling()).toList();
        boolean anyOpen = ofRound.stream().anyMatch(x -> x.state().open());
        boolean anyReported = ofRound.stream().anyMatch(x -> x.state() == AssignmentState.REPORTED);
        if (!anyOpen && anyReported) {
            changes.transition(c.bySystem(), CaseAction.COMPLETE_FEEDBACK, CaseUpdate.NONE,
                    TimelineStep.shown(EventType.FEEDBACK_COMPLETE, "各部门已反馈，等待代表答复群众"));
        }
    }

    @Override
    public String revealPhone(StaffUser department, long assignmentId) {
        Assignment a = ownAssignment(department, assignmentId);
        LockedCase c = changes.lock(department, Role.DEPARTMENT, a.caseId());
        return changes.revealPhone(c, TimelineStep.internal(EventType.PHONE_REVEALED,
                a.departmentName() + "（" + department.displayName() + "）查看了群众的完整电话"));
    }

    @Override
    public void changeUrgency(StaffUser dispatcher, long caseId, org.mashang.calendar.Urgency urgency, String reason) {
        changes.reclassify(levels.lockAsHolder(dispatcher, caseId), urgency, reason);
    }

    @Override
    public void followUp(StaffUser dispatcher, long caseId, org.mashang.cases.Satisfaction satisfaction, String note) {
        workflow.followUp(levels.lockAsHolder(dispatcher, caseId), satisfaction, note);
    }

    private Assignment ownAssignment(StaffUser department, long assignmentId) {
        return changes.assignment(assignmentId)
                .filter(a -> department != null && department.has(Role.DEPARTMENT) && department.departmentId() != null
                        && a.departmentId() == department.departmentId())
                .orElseThrow(Dispatch::notFound);
    }

    /** Assignments change only while the case is with the departments. */
    private static LockedCase withDepartments(LockedCase c) {
        if (!c.state().withDepartments()) {
            throw new IllegalTransitionException("留言当前状态为「" + c.state().label() + "」，交办任务已不能变更");
        }
        return c;
    }

    private static UserFacingException notFound() {
        return UserFacingException.notFound("没有找到这条留言，或您无权查看");
    }
}
