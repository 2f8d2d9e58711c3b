package org.mashang.stats.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.Directory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures of deputies' proposals from the statistics' copy ({@code stat_proposal}), by the time they were submitted. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ProposalStats {

    private final ProposalStatsRepository figures;
    private final Directory directory;

    public ProposalFigures figures(String scope, Instant from, Instant to, Long stationId, Long deputyId, Long departmentId) {
        ProposalStatsRepository.Filter filter = new ProposalStatsRepository.Filter(scope, from, to, stationId, deputyId, departmentId);
        ProposalFigures.Row totals = figures.totals(filter);
        List<ProposalFigures.Row> bySession = figures.bySession(filter);
        List<ProposalFigures.Row> units = figures.byUnitId(filter);
        Map<Long, String> names = directory.names(Directory.NameKind.DEPARTMENT, units.stream().map(u -> Long.valueOf(u.name())).toList());
        List<ProposalFigures.Row> byUnit = units.stream().map(u -> named(u, names.getOrDefault(Long.valueOf(u.name()), "（已删除）")))
                .toList();
        return new ProposalFigures(totals, bySession, byUnit);
    }

    private static ProposalFigures.Row named(ProposalFigures.Row r, String name) {
        return new ProposalFigures.Row(name, r.submitted(), r.assigned(), r.answered(), r.onTime(), r.classA(), r.classB(), r.classC(),
                r.classD(), r.evaluated(), r.satisfied(), r.unsatisfied());
    }
}
