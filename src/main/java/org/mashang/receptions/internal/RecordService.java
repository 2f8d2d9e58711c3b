package org.mashang.receptions.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.Indicator;
import org.mashang.cases.CaseFigures;
import org.mashang.receptions.ActivityKind;
import org.mashang.receptions.DeputyRecord;
import org.mashang.platform.Outcome;
import org.mashang.proposals.DeputyProposals;
import org.mashang.receptions.DeputyRecord.KindCount;
import org.mashang.receptions.DeputyRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds a deputy's record up from the receptions and activities they took part in and from their cases. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class RecordService implements DeputyRecords {

    private final DeputyRecordRepository records;
    private final CaseFigures caseFigures;
    private final DeputyProposals proposals;

    @Override
    public DeputyRecord of(long deputyId, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        DeputyRecordRepository.Receptions receptions = records.receptions(deputyId, from, to);
        Map<ActivityKind, KindCount> kinds = new EnumMap<>(ActivityKind.class);
        Arrays.stream(ActivityKind.values()).forEach(k -> kinds.put(k, new KindCount(k, 0, 0)));
        kinds.putAll(records.activities(deputyId, from, to));
        long issues = records.issuesTakenUp(deputyId, from, to);
        List<Outcome> outcomes = records.activityOutcomes(deputyId, from, to);
        // the outcomes of the deputy's cases add to the activities' (the seed's 1,887万元 for 1,448 farmers was a case)
        outcomes = sum(outcomes, caseFigures.outcomes(deputyId, from, to));
        outcomes.sort(Comparator.comparingInt(RecordService::rank).thenComparing(Outcome::indicator).thenComparing(Outcome::unit));

        return new DeputyRecord(deputyId, year, receptions.count(), receptions.residents(), new ArrayList<>(kinds.values()), issues, outcomes,
                caseFigures.deputy(deputyId, from, to), proposals.of(deputyId, from, to));
    }

    /** Figures of both lists, one per indicator and unit. */
    private static List<Outcome> sum(List<Outcome> a, List<Outcome> b) {
        Map<List<String>, Outcome> byKey = new java.util.LinkedHashMap<>();
        java.util.stream.Stream.concat(a.stream(), b.stream()).forEach(o -> byKey.merge(List.of(o.indicator(), o.unit()), o,
                (x, y) -> new Outcome(x.indicator(), x.amount().add(y.amount()), x.unit())));
        return new ArrayList<>(byKey.values());
    }

    /** The common indicators first, in the form's order, then the others by name. */
    private static int rank(Outcome figure) {
        for (Indicator indicator : Indicator.values()) {
            if (indicator.label().equals(figure.indicator()) && indicator.unit().equals(figure.unit())) {
                return indicator.ordinal();
            }
        }
        return Indicator.values().length;
    }
}
