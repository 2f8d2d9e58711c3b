package org.mashang.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.CaseLevels;
import org.mashang.cases.LockedCase;
import org.mashang.cases.TimelineStep;
import org.mashang.directory.CommitteeCard;
import org.mashang.directory.Directory;
import org.mashang.platform.UserFacingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which level's committee holds a case, checked on every dispatcher's step; the hand-overs, in the caller's transaction. */
@Service
@Transactional
@RequiredArgsConstructor
class CaseLevelsService implements CaseLevels {

    private final CaseChangesService changes;
    private final ScopedCaseRepository scoped;
    private final CaseTransferRepository transfers;
    private final Directory directory;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    @Override
    public LockedCase lockAsHolder(StaffUser dispatcher, long caseId) {
        LockedCase c = changes.lock(dispatcher, Role.DISPATCHER, caseId);
        long holder = transfers.holdingRegion(c.id()).orElse(c.streetId());
        if (!CaseScope.of(dispatcher, Role.DISPATCHER, directory).holds(directory.scopeKey(holder))) {
            String name = directory.committeeOfStreet(holder).map(CommitteeCard::name).orElse("其他层级");
            throw UserFacingException.forbidden("这条留言现由" + name + "办理");
        }
        return c;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Holding> holding(StaffUser dispatcher, long caseId) {
        CaseScope scope = CaseScope.of(dispatcher, Role.DISPATCHER, directory);
        return scoped.find(caseId, scope, false).map(c -> {
            long holder = transfers.holdingRegion(c.id()).orElse(c.streetId());
            return new Holding(holder, scope.holds(directory.scopeKey(holder)), transfers.ofCase(c.id()));
        });
    }

    @Override
    public void transfer(LockedCase c, long toRegionId, boolean upward, String reason, TimelineStep... steps) {
        long from = transfers.holdingRegion(c.id()).orElse(c.streetId());
        Instant now = clock.instant();
        transfers.insert(c.id(), from, toRegionId, directory.scopeKey(toRegionId), upward, reason,
                c.actor() == null ? null : c.actor().id(), now);
        for (TimelineStep step : steps) {
            changes.record(c, step);
        }
        // the receiving committee's dispatchers are told (notify); in this transaction, so only if the transfer commits
        events.publishEvent(new org.mashang.cases.CaseTransferred(c.id(), c.ticket(), from, toRegionId, upward, now));
    }
}
