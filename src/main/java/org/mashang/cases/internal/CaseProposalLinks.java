package org.mashang.cases.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.ActorRole;
import org.mashang.cases.CaseAction;
import org.mashang.cases.CaseLifecycle;
import org.mashang.cases.CaseProposals;
import org.mashang.cases.CaseUpdate;
import org.mashang.cases.EventType;
import org.mashang.cases.LockedCase;
import org.mashang.cases.ProposableCase;
import org.mashang.cases.TimelineStep;
import org.mashang.directory.Directory;
import org.mashang.platform.UserFacingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cases' side of a deputy's proposal: raised with it, answered with it (through {@link CaseChangesService}). */
@Service
@Transactional
@RequiredArgsConstructor
class CaseProposalLinks implements CaseProposals {

    /** A proposal gathers a handful of cases; more would be a list to the committee, not a proposal. */
    static final int MAX_CASES = 20;

    private final CaseRepository cases;
    private final ScopedCaseRepository scoped;
    private final CaseChangesService changes;
    private final Directory directory;

    @Override
    @Transactional(readOnly = true)
    public List<ProposableCase> proposable(StaffUser deputy) {
        if (deputy == null || deputy.deputyId() == null) {
            return List.of();
        }
        return scoped.latest(CaseScope.of(deputy, Role.DEPUTY, directory), 300).stream()
                .filter(c -> deputy.deputyId().equals(c.deputyId()))
                .filter(c -> CaseLifecycle.allows(c.state(), CaseAction.RAISE_PROPOSAL))
                .map(c -> new ProposableCase(c.id(), c.ticket(), c.state(), excerpt(c)))
                .toList();
    }

    @Override
    public List<String> checkProposable(StaffUser deputy, List<Long> caseIds) {
        return lockAll(deputy, caseIds).stream().map(LockedCase::ticket).toList();
    }

    @Override
    public void raised(StaffUser deputy, List<Long> caseIds, String reference, String title) {
        for (LockedCase c : lockAll(deputy, caseIds)) {
            changes.transition(c, CaseAction.RAISE_PROPOSAL, CaseUpdate.proposal(reference),
                    TimelineStep.shown(EventType.PROPOSAL_RAISED, "代表建议《" + title + "》"));
        }
    }

    @Override
    public void answered(List<Long> caseIds, String actorName, String text) {
        for (Long id : caseIds) {
            LockedCase c = cases.find(id).map(found -> changes.lockUnscoped(found, ActorRole.DEPARTMENT)).orElse(null);
            // a case reopened or handled otherwise meanwhile is left as it is
            if (c != null && CaseLifecycle.allows(c.state(), CaseAction.ANSWER_PROPOSAL)) {
                changes.transition(c, CaseAction.ANSWER_PROPOSAL, CaseUpdate.NONE,
                        TimelineStep.shown(EventType.PROPOSAL_ANSWERED, actorName + "：" + text));
            }
        }
    }

    @Override
    public String maskForPublic(String text) {
        return text == null ? null : Masking.mask(text);
    }

    private List<LockedCase> lockAll(StaffUser deputy, List<Long> caseIds) {
        List<Long> unique = caseIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(caseIds));
        if (unique.size() > MAX_CASES) {
            throw UserFacingException.badRequest("一件代表建议最多关联 " + MAX_CASES + " 条留言");
        }
        if (deputy == null || !deputy.has(Role.DEPUTY) || deputy.deputyId() == null) {
            throw UserFacingException.forbidden("只有代表本人可以把留言形成代表建议");
        }
        List<LockedCase> locked = new ArrayList<>();
        for (Long id : unique.stream().sorted().toList()) { // one lock order, so two proposals cannot deadlock
            LockedCase c;
            try {
                c = changes.lockAsResponsibleDeputy(deputy, id);
            } catch (UserFacingException notTheirs) {
                throw UserFacingException.badRequest("所选留言不存在，或不由您负责办理");
            }
            if (!CaseLifecycle.allows(c.state(), CaseAction.RAISE_PROPOSAL)) {
                throw new org.mashang.cases.IllegalTransitionException(
                        "留言 " + c.ticket() + " 当前状态为「" + c.state().label() + "」，不能形成代表建议");
            }
            locked.add(c);
        }
        return unique.stream().map(id -> locked.stream().filter(c -> c.id() == id).findFirst().orElseThrow()).toList();
    }

    private static String excerpt(CaseRecord c) {
        String text = c.publicText() != null ? c.publicText() : c.messageText();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
