package org.mashang.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.mashang.calendar.Deadlines;
import org.mashang.calendar.Stage;
import org.mashang.cases.CaseFigures;
import org.mashang.cases.DeputyFigures;
import org.mashang.platform.Zones;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CaseFiguresService implements CaseFigures {

    private final CaseRepository cases;
    private final Deadlines deadlines;

    CaseFiguresService(CaseRepository cases, Deadlines deadlines) {
        this.cases = cases;
        this.deadlines = deadlines;
    }

    @Override
    public DeputyFigures deputy(long deputyId, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(Zones.CHINA).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Zones.CHINA).toInstant();
        long[] counts = new long[10];
        for (CaseRepository.Handling h : cases.handlingOfDeputy(deputyId, start, end)) {
            counts[0]++;
            if (h.acceptedAt() != null) {
                counts[1]++;
            }
            if (h.state().answered()) {
                counts[2]++;
            }
            if (h.acceptedAt() != null && h.firstReplyAt() != null) {
                counts[3]++;
                if (h.firstReplyAt().isBefore(deadlines.dueAt(Stage.FIRST_REPLY, h.acceptedAt()))) {
                    counts[4]++;
                }
            }
            if (h.satisfaction() != null) {
                counts[5]++;
                counts[switch (h.satisfaction()) {
                    case SATISFIED -> 6;
                    case BASICALLY_SATISFIED -> 7;
                    case UNSATISFIED -> 8;
                }]++;
            }
            if (h.reopenCount() > 0) {
                counts[9]++;
            }
        }
        return new DeputyFigures(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7], counts[8],
                counts[9]);
    }
}
