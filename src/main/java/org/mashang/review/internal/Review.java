package org.mashang.review.internal;

import static org.mashang.cases.StepTexts.required;

import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.calendar.Urgency;
import org.mashang.cases.CaseAction;
import org.mashang.cases.CaseChanges;
import org.mashang.cases.CaseUpdate;
import org.mashang.cases.EventType;
import org.mashang.cases.LockedCase;
import org.mashang.cases.ReviewSteps;
import org.mashang.cases.TimelineStep;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.platform.UserFacingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reviewers' steps: accept (choosing the responsible deputy for a pool case, and the public text), reject, merge. */
@Service
@Transactional
@RequiredArgsConstructor
class Review implements ReviewSteps {

    private final CaseChanges changes;
    private final Directory directory;

    @Override
    public void accept(StaffUser reviewer, long caseId, Long responsibleDeputyId, boolean makePublic, String publicText) {
        accept(reviewer, caseId, responsibleDeputyId, makePublic, publicText, null);
    }

    @Override
    public void accept(StaffUser reviewer, long caseId, Long responsibleDeputyId, boolean makePublic, String publicText,
                       Urgency urgency) {
        LockedCase c = changes.lock(reviewer, Role.REVIEWER, caseId).require(CaseAction.ACCEPT);
        if (urgency != null) {
            // before the transition, so that the first reply's clock starts on the class set here
            changes.changeUrgency(c, urgency, "审核时确定");
        }
        if (makePublic && !c.wantsPublic()) {
            throw UserFacingException.badRequest("群众选择了不公开，这条留言不能公开");
        }
        String shown = makePublic ? required(publicText, "公开内容", 2000) : null;
        long deputyId = c.pool() || c.deputyId() == null ? responsibleDeputy(c, responsibleDeputyId) : c.deputyId();
        String deputyName = directory.deputy(deputyId).map(DeputyCard::name).orElse("");
        LockedCase accepted = changes.transition(c, CaseAction.ACCEPT, CaseUpdate.accepted(deputyId, makePublic),
                TimelineStep.shown(EventType.ACCEPTED, "已受理，由" + deputyName + "代表办理"));
        if (makePublic) {
            changes.publish(accepted, shown);
        }
    }

    /** A message left for the whole station gets one of the station's serving deputies. */
    private long responsibleDeputy(LockedCase c, Long chosen) {
        if (chosen == null) {
            throw UserFacingException.badRequest("这条留言是给联络站的，请指定一位负责办理的代表");
        }
        return directory.deputy(chosen)
                .filter(d -> d.stationId() == c.stationId() && d.serving())
                .orElseThrow(() -> UserFacingException.badRequest("请从本联络站在任的代表中选择负责代表"))
                .id();
    }

    @Override
    public void changeUrgency(StaffUser reviewer, long caseId, Urgency urgency, String reason) {
        changes.reclassify(changes.lock(reviewer, Role.REVIEWER, caseId), urgency, reason);
    }

    @Override
    public void reject(StaffUser reviewer, long caseId, String reason) {
        LockedCase c = changes.lock(reviewer, Role.REVIEWER, caseId).require(CaseAction.REJECT);
        String why = required(reason, "不予受理的理由", 1000);
        changes.transition(c, CaseAction.REJECT, CaseUpdate.NONE, TimelineStep.shown(EventType.REJECTED, why));
    }

    @Override
    public void merge(StaffUser reviewer, long caseId, String targetTicket) {
        LockedCase c = changes.lock(reviewer, Role.REVIEWER, caseId).require(CaseAction.MERGE);
        String ticket = required(targetTicket, "要合并到的受理编号", 24);
        LockedCase target = changes.lockByTicket(c, Role.REVIEWER, ticket)
                .orElseThrow(() -> UserFacingException.badRequest("没有找到受理编号为 " + ticket + " 的留言"));
        if (target.id() == c.id()) {
            throw UserFacingException.badRequest("不能合并到自己");
        }
        if (!target.state().accepted()) {
            throw UserFacingException.badRequest("只能合并到已受理、正在办理的留言");
        }
        changes.transition(c, CaseAction.MERGE, CaseUpdate.mergedInto(target.id()),
                TimelineStep.shown(EventType.MERGED, "与受理编号 " + target.ticket() + " 的留言合并办理"));
        changes.record(target, TimelineStep.internal(EventType.MERGED_IN, "合并了受理编号 " + c.ticket() + " 的重复留言"));
    }
}
