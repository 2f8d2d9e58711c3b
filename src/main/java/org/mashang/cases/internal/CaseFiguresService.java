package org.mashang.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.mashang.calendar.Deadlines;
import org.mashang.calendar.Stage;
import org.mashang.cases.CaseFigures;
import org.mashang.cases.CaseState;
import org.mashang.cases.Satisfaction;
import org.mashang.cases.DeputyFigures;
import org.mashang.platform.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CaseFiguresService implements CaseFigures {

    private final JdbcClient jdbc;
    private final Deadlines deadlines;

    CaseFiguresService(JdbcClient jdbc, Deadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    @Override
    public DeputyFigures deputy(long deputyId, LocalDate from, LocalDate to) {
        Timestamp start = Timestamp.from(from.atStartOfDay(Zones.CHINA).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(Zones.CHINA).toInstant());
        long[] counts = new long[10];
        jdbc.sql("""
                        select state, accepted_at, first_reply_at, satisfaction, reopen_count
                        from cases where deputy_id = :deputy and submitted_at >= :start and submitted_at < :end""")
                .param("deputy", deputyId).param("start", start).param("end", end)
                .query(rs -> {
                    counts[0]++;
                    CaseState state = CaseState.valueOf(rs.getString("state"));
                    Timestamp accepted = rs.getTimestamp("accepted_at");
                    Timestamp replied = rs.getTimestamp("first_reply_at");
                    if (accepted != null) {
                        counts[1]++;
                    }
                    if (state.answered()) {
                        counts[2]++;
                    }
                    if (accepted != null && replied != null) {
                        counts[3]++;
                        Instant due = deadlines.dueAt(Stage.FIRST_REPLY, accepted.toInstant());
                        if (replied.toInstant().isBefore(due)) {
                            counts[4]++;
                        }
                    }
                    String satisfaction = rs.getString("satisfaction");
                    if (satisfaction != null) {
                        counts[5]++;
                        counts[switch (Satisfaction.valueOf(satisfaction)) {
                            case SATISFIED -> 6;
                            case BASICALLY_SATISFIED -> 7;
                            case UNSATISFIED -> 8;
                        }]++;
                    }
                    if (rs.getInt("reopen_count") > 0) {
                        counts[9]++;
                    }
                });
        return new DeputyFigures(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7], counts[8],
                counts[9]);
    }
}
