package org.mashang.proposals.internal;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.platform.UserFacingException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which proposal: the lead deputy drafts, submits and evaluates (co-signers read); committee
 * staff of the proposal's street or above register and assign; the lead unit answers (co-handlers read). A proposal
 * outside the user's reach is simply not found.
 */
@Component
@RequiredArgsConstructor
class ProposalAccess {

    private final ProposalRepository proposals;
    private final Directory directory;

    DeputyCard deputyOf(StaffUser user) {
        if (user == null || !user.has(Role.DEPUTY) || user.deputyId() == null) {
            throw UserFacingException.forbidden("只有人大代表可以提出代表建议");
        }
        return directory.deputy(user.deputyId()).filter(DeputyCard::serving)
                .orElseThrow(() -> UserFacingException.forbidden("只有在任的人大代表可以提出代表建议"));
    }

    Proposal lockAsLead(StaffUser user, long id) {
        return proposals.lock(id).filter(p -> user != null && user.deputyId() != null && p.leadDeputyId() == user.deputyId())
                .orElseThrow(ProposalAccess::notFound);
    }

    Proposal lockAsCommittee(StaffUser user, long id) {
        return proposals.lock(id).filter(p -> committeeSees(user, p)).orElseThrow(ProposalAccess::notFound);
    }

    Proposal lockAsLeadUnit(StaffUser user, long id) {
        return proposals.lock(id).filter(p -> isUnit(user, p, true)).orElseThrow(ProposalAccess::notFound);
    }

    Optional<Proposal> forDeputy(StaffUser user, long id) {
        return proposals.find(id).filter(p -> user != null && user.deputyId() != null
                && (p.leadDeputyId() == user.deputyId() || proposals.cosigners(id).contains(user.deputyId())));
    }

    Optional<Proposal> forCommittee(StaffUser user, long id) {
        return proposals.find(id).filter(p -> committeeSees(user, p));
    }

    Optional<Proposal> forUnit(StaffUser user, long id) {
        return proposals.find(id).filter(p -> isUnit(user, p, false));
    }

    /** Committee staff (reviewers, dispatchers, administrators) of the street or a region above it; drafts are private. */
    boolean committeeSees(StaffUser user, Proposal p) {
        if (user == null || !(user.has(Role.DISPATCHER) || user.has(Role.REVIEWER) || user.has(Role.ADMIN))
                || !p.state().published()) {
            return false;
        }
        return user.regionId() == null || directory.isWithin(p.streetId(), user.regionId());
    }

    String scopePrefix(StaffUser user) {
        return user.regionId() == null ? "" : directory.scopeKey(user.regionId());
    }

    private boolean isUnit(StaffUser user, Proposal p, boolean leadOnly) {
        if (user == null || !user.has(Role.DEPARTMENT) || user.departmentId() == null || !p.state().published()) {
            return false;
        }
        return proposals.units(p.id()).stream()
                .anyMatch(u -> u.departmentId() == user.departmentId() && (u.lead() || !leadOnly));
    }

    static UserFacingException notFound() {
        return UserFacingException.notFound("没有找到这件代表建议，或您无权办理");
    }
}
