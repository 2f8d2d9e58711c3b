package org.mashang.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.CaseAction;
import org.mashang.cases.CaseLifecycle;
import org.mashang.cases.CaseProposals;
import org.mashang.cases.CaseState;
import org.mashang.cases.CaseTransitioned;
import org.mashang.cases.ProposableCase;
import org.mashang.directory.Directory;
import org.mashang.platform.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cases' side of a deputy's proposal: raised with it, answered with it. */
@Service
@Transactional
class CaseProposalLinks implements CaseProposals {

    /** A proposal gathers a handful of cases; more would be a list to the committee, not a proposal. */
    static final int MAX_CASES = 20;

    private final CaseRepository cases;
    private final Timeline timeline;
    private final Stages stages;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseProposalLinks(CaseRepository cases, Timeline timeline, Stages stages, Directory directory, ApplicationEventPublisher events,
                      Clock clock) {
        this.cases = cases;
        this.timeline = timeline;
        this.stages = stages;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProposableCase> proposable(StaffUser deputy) {
        if (deputy == null || deputy.deputyId() == null) {
            return List.of();
        }
        return cases.listInScope(CaseScope.of(deputy, Role.DEPUTY, directory), "c.deputy_id = :me",
                        Map.of("me", deputy.deputyId()), "c.updated_at desc", 300).stream()
                .filter(c -> CaseLifecycle.allows(c.state(), CaseAction.RAISE_PROPOSAL))
                .map(c -> new ProposableCase(c.id(), c.ticket(), c.state(), excerpt(c)))
                .toList();
    }

    @Override
    public List<String> checkProposable(StaffUser deputy, List<Long> caseIds) {
        return lockAll(deputy, caseIds).stream().map(CaseRecord::ticket).toList();
    }

    @Override
    public void raised(StaffUser deputy, List<Long> caseIds, String reference, String title) {
        Instant now = clock.instant();
        for (CaseRecord c : lockAll(deputy, caseIds)) {
            CaseState to = CaseLifecycle.next(c.state(), CaseAction.RAISE_PROPOSAL);
            cases.transition(c, to, now, Map.of("proposal_number", reference));
            timeline.append(c.id(), EventType.PROPOSAL_RAISED, ActorRole.DEPUTY, deputy.id(), deputy.displayName(),
                    "代表建议《" + title + "》", true, now);
            transitioned(c, CaseAction.RAISE_PROPOSAL, to, now);
        }
    }

    @Override
    public void answered(List<Long> caseIds, String actorName, String text) {
        Instant now = clock.instant();
        for (Long id : caseIds) {
            CaseRecord c = cases.lock(id).orElse(null);
            // a case reopened or handled otherwise meanwhile is left as it is
            if (c == null || !CaseLifecycle.allows(c.state(), CaseAction.ANSWER_PROPOSAL)) {
                continue;
            }
            CaseState to = CaseLifecycle.next(c.state(), CaseAction.ANSWER_PROPOSAL);
            cases.transition(c, to, now, Map.of("closed_at", now));
            timeline.append(c.id(), EventType.PROPOSAL_ANSWERED, ActorRole.DEPARTMENT, null, actorName, text, true, now);
            transitioned(c, CaseAction.ANSWER_PROPOSAL, to, now);
        }
    }

    @Override
    public String maskForPublic(String text) {
        return text == null ? null : Masking.mask(text);
    }

    private List<CaseRecord> lockAll(StaffUser deputy, List<Long> caseIds) {
        List<Long> unique = caseIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(caseIds));
        if (unique.size() > MAX_CASES) {
            throw UserFacingException.badRequest("一件代表建议最多关联 " + MAX_CASES + " 条留言");
        }
        if (deputy == null || !deputy.has(Role.DEPUTY) || deputy.deputyId() == null) {
            throw UserFacingException.forbidden("只有代表本人可以把留言形成代表建议");
        }
        CaseScope scope = CaseScope.of(deputy, Role.DEPUTY, directory);
        List<CaseRecord> locked = new ArrayList<>();
        for (Long id : unique.stream().sorted().toList()) { // one lock order, so two proposals cannot deadlock
            CaseRecord c = cases.findInScope(id, scope, true)
                    .filter(r -> deputy.deputyId().equals(r.deputyId()))
                    .orElseThrow(() -> UserFacingException.badRequest("所选留言不存在，或不由您负责办理"));
            if (!CaseLifecycle.allows(c.state(), CaseAction.RAISE_PROPOSAL)) {
                throw new org.mashang.cases.IllegalTransitionException(
                        "留言 " + c.ticket() + " 当前状态为「" + c.state().label() + "」，不能形成代表建议");
            }
            locked.add(c);
        }
        return unique.stream().map(id -> locked.stream().filter(c -> c.id() == id).findFirst().orElseThrow()).toList();
    }

    private void transitioned(CaseRecord c, CaseAction action, CaseState to, Instant now) {
        stages.onTransition(c.id(), c.state(), to, now);
        events.publishEvent(new CaseTransitioned(c.id(), c.ticket(), action, c.state(), to, c.deputyId(), c.stationId(),
                c.streetId(), now));
    }

    private static String excerpt(CaseRecord c) {
        String text = c.publicText() != null ? c.publicText() : c.messageText();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
