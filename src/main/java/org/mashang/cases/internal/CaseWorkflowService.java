package org.mashang.cases.internal;

import static org.mashang.cases.CaseAction.ANSWER_PROPOSAL;
import static org.mashang.cases.CaseAction.EVALUATE;
import static org.mashang.cases.CaseAction.RAISE_PROPOSAL;
import static org.mashang.cases.CaseAction.REOPEN;
import static org.mashang.cases.CaseAction.REPLY;
import static org.mashang.cases.CaseAction.REPLY_TO_RESIDENT;
import static org.mashang.cases.CaseAction.REQUEST_DISPATCH;
import static org.mashang.cases.CaseAction.RESOLVE;
import static org.mashang.cases.StepTexts.MAX_TEXT;
import static org.mashang.cases.StepTexts.optional;
import static org.mashang.cases.StepTexts.required;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.calendar.Stage;
import org.mashang.cases.ActorRole;
import org.mashang.cases.CaseAction;
import org.mashang.cases.CaseChanges;
import org.mashang.cases.CaseEvaluated;
import org.mashang.cases.CaseOutcomesRecorded;
import org.mashang.cases.CaseUpdate;
import org.mashang.cases.CaseWorkflow;
import org.mashang.cases.EventType;
import org.mashang.cases.IllegalTransitionException;
import org.mashang.cases.LockedCase;
import org.mashang.cases.Satisfaction;
import org.mashang.cases.TimelineStep;
import org.mashang.directory.DepartmentRef;
import org.mashang.platform.Outcome;
import org.mashang.platform.OutcomeInput;
import org.mashang.platform.Outcomes;
import org.mashang.platform.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The deputy's and the resident's steps and the clocks, each one change through {@link CaseChanges}. */
@Service
@Transactional
@RequiredArgsConstructor
class CaseWorkflowService implements CaseWorkflow {

    private final CaseChangesService changes;
    private final CaseRepository cases;
    private final Stages stages;
    private final QueryCodeGate gate;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseOutcomeRepository outcomes;

    // the deputy

    @Override
    public void reply(StaffUser deputy, long caseId, String text) {
        deputyStep(deputy, caseId, REPLY, EventType.REPLIED, text);
    }

    @Override
    public void resolve(StaffUser deputy, long caseId, String text) {
        resolve(deputy, caseId, text, List.of());
    }

    @Override
    public void replyToResident(StaffUser deputy, long caseId, String text) {
        replyToResident(deputy, caseId, text, List.of());
    }

    @Override
    public void resolve(StaffUser deputy, long caseId, String text, List<OutcomeInput> outcomes) {
        finalReply(deputy, caseId, RESOLVE, EventType.RESOLVED, text, outcomes);
    }

    @Override
    public void replyToResident(StaffUser deputy, long caseId, String text, List<OutcomeInput> outcomes) {
        finalReply(deputy, caseId, REPLY_TO_RESIDENT, EventType.CLOSED, text, outcomes);
    }

    /**
     * The reply that answers the case, then its outcomes as a step of their own after it (the reply stays the text the
     * resident is notified of); they replace earlier ones, also when none are given now.
     */
    private void finalReply(StaffUser deputy, long caseId, CaseAction action, EventType type, String text, List<OutcomeInput> lines) {
        List<Outcome> outcomes = Outcomes.parse(lines);
        LockedCase answered = deputyStep(deputy, caseId, action, type, text);
        if (!outcomes.isEmpty()) {
            changes.record(answered, TimelineStep.shown(EventType.OUTCOMES, outcomes.stream()
                    .map(o -> o.indicator() + " " + o.amountText() + " " + o.unit()).collect(Collectors.joining("、"))));
        }
        Instant now = clock.instant();
        this.outcomes.replace(caseId, outcomes, now);
        events.publishEvent(new CaseOutcomesRecorded(caseId, answered.deputyId(), answered.stationId(), answered.streetId(), now,
                outcomes));
    }

    @Override
    public void answerProposal(StaffUser deputy, long caseId, String answer) {
        deputyStep(deputy, caseId, ANSWER_PROPOSAL, EventType.PROPOSAL_ANSWERED, answer);
    }

    private LockedCase deputyStep(StaffUser deputy, long caseId, CaseAction action, EventType type, String text) {
        LockedCase c = changes.lockAsResponsibleDeputy(deputy, caseId).require(action);
        return changes.transition(c, action, CaseUpdate.NONE, TimelineStep.shown(type, required(text, "内容", MAX_TEXT)));
    }

    @Override
    public void requestDispatch(StaffUser deputy, long caseId, List<Long> suggestedDepartmentIds, String note) {
        LockedCase c = changes.lockAsResponsibleDeputy(deputy, caseId).require(REQUEST_DISPATCH);
        List<DepartmentRef> suggested = changes.departments(c, suggestedDepartmentIds, false);
        String text = optional(note, "说明", 1000);
        String body = (suggested.isEmpty() ? "提请人大工委交办" : "提请交办：" + CaseChanges.names(suggested))
                + (text == null ? "" : "。" + text);
        changes.transition(c, REQUEST_DISPATCH, CaseUpdate.suggesting(suggested.stream().map(DepartmentRef::id).toList()),
                TimelineStep.internal(EventType.DISPATCH_REQUESTED, body));
    }

    @Override
    public void raiseProposal(StaffUser deputy, long caseId, String proposalNumber, String text) {
        LockedCase c = changes.lockAsResponsibleDeputy(deputy, caseId).require(RAISE_PROPOSAL);
        String number = required(proposalNumber, "建议编号", 60);
        String body = required(text, "建议内容", MAX_TEXT);
        changes.transition(c, RAISE_PROPOSAL, CaseUpdate.proposal(number),
                TimelineStep.shown(EventType.PROPOSAL_RAISED, "代表建议 " + number + "：" + body));
    }

    // clocks

    @Override
    public void pauseClock(StaffUser user, Role role, long caseId, String reason) {
        LockedCase c = clockKeeper(user, role, caseId);
        String why = required(reason, "暂停计时的原因", 500);
        if (!stages.pause(c.id(), why, clock.instant())) {
            throw new IllegalTransitionException("这条留言当前没有正在计时的环节，或已暂停计时");
        }
        changes.record(c, TimelineStep.shown(EventType.CLOCK_PAUSED, why));
    }

    @Override
    public void resumeClock(StaffUser user, Role role, long caseId) {
        LockedCase c = clockKeeper(user, role, caseId);
        LocalDate lastDay = stages.resume(c.id(), clock.instant())
                .orElseThrow(() -> new IllegalTransitionException("这条留言没有暂停计时"));
        changes.record(c, TimelineStep.shown(EventType.CLOCK_RESUMED, "恢复计时，办理期限顺延至 " + lastDay));
    }

    /** Reviewers keep the review clock; the responsible deputy keeps the reply clocks. */
    private LockedCase clockKeeper(StaffUser user, Role role, long caseId) {
        LockedCase c = role == Role.DEPUTY ? changes.lockAsResponsibleDeputy(user, caseId) : changes.lock(user, role, caseId);
        Optional<Stage> stage = c.state().clockedStage();
        boolean keeper = stage.isPresent() && (role == Role.REVIEWER ? stage.get() == Stage.REVIEW
                : role == Role.DEPUTY && stage.get() != Stage.REVIEW);
        if (!keeper) {
            throw new IllegalTransitionException(
                    "留言当前状态为「" + c.state().label() + "」，" + role.label() + "不能暂停或恢复它的计时");
        }
        return c;
    }

    // the resident

    @Override
    @Transactional(noRollbackFor = QueryCodeGate.QueryCodeRefused.class) // a wrong code stays counted
    public void evaluate(String ticket, String queryCode, String clientAddress, Satisfaction satisfaction, String comment,
                         boolean commentPublic) {
        evaluateLocked(changes.lockUnscoped(gate.lock(ticket, queryCode, clientAddress), ActorRole.RESIDENT), satisfaction,
                comment, commentPublic);
    }

    @Override
    public void evaluateAsOwner(String ticket, String verifiedPhone, Satisfaction satisfaction, String comment, boolean commentPublic) {
        CaseRecord owned = Optional.ofNullable(ticket).map(String::strip).flatMap(cases::findByTicket)
                .filter(c -> verifiedPhone != null && verifiedPhone.equals(c.residentPhone()))
                .orElseThrow(() -> UserFacingException.notFound("没有找到这条留言：只能办理用已验证的手机号留下的留言"));
        evaluateLocked(changes.lockUnscoped(owned, ActorRole.RESIDENT), satisfaction, comment, commentPublic);
    }

    @Override
    public void followUp(StaffUser staff, long caseId, Satisfaction satisfaction, String note) {
        followUp(changes.lock(staff, Role.REVIEWER, caseId), satisfaction, note);
    }

    @Override
    public void followUp(LockedCase locked, Satisfaction satisfaction, String note) {
        LockedCase c = locked.require(EVALUATE);
        String text = optional(note, "回访记录", 1000);
        TimelineStep shown = TimelineStep.shown(EventType.FOLLOW_UP, "工作人员电话回访，群众评价："
                + (satisfaction == null ? "" : satisfaction.label()));
        evaluated(c, satisfaction, true, text == null ? new TimelineStep[] {shown}
                : new TimelineStep[] {shown, TimelineStep.internal(EventType.FOLLOW_UP, "回访记录（不公开）：" + text)});
    }

    /** "没有解决" (unsatisfied) reopens the case (重办) right after the evaluation. */
    private void evaluateLocked(LockedCase c, Satisfaction satisfaction, String comment, boolean commentPublic) {
        c.require(EVALUATE);
        String text = optional(comment, "评价意见", 1000);
        // a comment the resident keeps private is an internal step: staff read it, the wall does not
        TimelineStep shown = TimelineStep.shown(EventType.EVALUATED, (satisfaction == null ? "" : satisfaction.label())
                + (text == null || !commentPublic ? "" : "：" + text));
        TimelineStep[] steps = text != null && !commentPublic
                ? new TimelineStep[] {shown, TimelineStep.internal(EventType.EVALUATED, "评价意见（不公开）：" + text)}
                : new TimelineStep[] {shown};
        evaluated(c, satisfaction, false, steps);
    }

    private void evaluated(LockedCase c, Satisfaction satisfaction, boolean followUp, TimelineStep... steps) {
        if (satisfaction == null) {
            throw UserFacingException.badRequest("请选择满意、基本满意或不满意");
        }
        LockedCase evaluated = changes.transition(c, EVALUATE, CaseUpdate.evaluated(satisfaction), steps);
        Instant now = clock.instant();
        events.publishEvent(new CaseEvaluated(c.id(), satisfaction, now, followUp));
        if (satisfaction == Satisfaction.UNSATISFIED) {
            changes.transition(evaluated, REOPEN, CaseUpdate.NONE, TimelineStep.shown(EventType.REOPENED, "群众不满意，重新办理"));
        }
    }
}
