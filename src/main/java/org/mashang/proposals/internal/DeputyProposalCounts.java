package org.mashang.proposals.internal;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.Zones;
import org.mashang.proposals.DeputyProposals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A deputy's proposals for their record, by the day they were submitted (China time). */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class DeputyProposalCounts implements DeputyProposals {

    private final ProposalLists proposals;

    @Override
    public Counts of(long deputyId, LocalDate from, LocalDate to) {
        long[] c = proposals.deputyCounts(deputyId, from.atStartOfDay(Zones.CHINA).toInstant(),
                to.plusDays(1).atStartOfDay(Zones.CHINA).toInstant());
        return new Counts(c[0], c[1], c[2]);
    }
}
