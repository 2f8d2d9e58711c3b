package org.mashang.cases;

import java.time.Instant;
import java.util.List;
import org.mashang.platform.Outcome;

/**
 * The deputy recorded what came of a case in figures with the final reply (答复群众 or 直接解决); they replace any the
 * case had before (a reopened case answered again). Empty when the deputy recorded none this time.
 *
 * @param deputyId the responsible deputy, whose record the figures count in
 */
public record CaseOutcomesRecorded(long caseId, Long deputyId, long stationId, long streetId, Instant occurredAt,
                                   List<Outcome> outcomes) {

    public CaseOutcomesRecorded {
        outcomes = List.copyOf(outcomes);
    }
}
