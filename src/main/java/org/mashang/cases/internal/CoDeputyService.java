package org.mashang.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.CoDeputies;
import org.mashang.cases.EventType;
import org.mashang.cases.LockedCase;
import org.mashang.cases.TimelineStep;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.platform.UserFacingException;
import org.mashang.platform.Zones;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Joint deputies: joined by the responsible deputy under the case's lock, each join a public timeline step. */
@Service
@Transactional
@RequiredArgsConstructor
class CoDeputyService implements CoDeputies {

    private final CaseChangesService changes;
    private final Directory directory;
    private final CoDeputyRepository coDeputies;
    private final Clock clock;

    @Override
    public void join(StaffUser deputy, long caseId, long coDeputyId) {
        LockedCase c = changes.lockAsResponsibleDeputy(deputy, caseId);
        if (!c.state().open()) {
            throw UserFacingException.conflict("这条留言已办结，不能再邀请联名代表");
        }
        DeputyCard joining = directory.deputy(coDeputyId).filter(DeputyCard::serving)
                .orElseThrow(() -> UserFacingException.badRequest("请选择一位在任的人大代表"));
        if (joining.id() == c.deputyId()) {
            throw UserFacingException.badRequest("您是这条留言的负责代表");
        }
        if (!coDeputies.add(c.id(), joining.id(), clock.instant())) {
            throw UserFacingException.badRequest(joining.name() + "已是这条留言的联名代表");
        }
        changes.record(c, TimelineStep.shown(EventType.CO_DEPUTY_JOINED,
                joining.level().label() + joining.name() + "联名督办，答复仍由负责代表作出"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeputyCard> of(long caseId) {
        return coDeputies.ofCase(caseId).stream().map(directory::deputy).flatMap(Optional::stream).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long joined(long deputyId, LocalDate from, LocalDate to) {
        return coDeputies.joined(deputyId, from.atStartOfDay(Zones.CHINA).toInstant(),
                to.plusDays(1).atStartOfDay(Zones.CHINA).toInstant());
    }
}
