package org.mashang.stats.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mashang.directory.Directory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures of deputies' proposals from the statistics' copy ({@code stat_proposal}), by the time they were submitted. */
@Service
@Transactional(readOnly = true)
public class ProposalStats {

    static final String COUNTS = """
            count(*) submitted, count(*) filter (where state <> 'SUBMITTED') assigned,
            count(answer_class) answered, count(*) filter (where answered_on_time) on_time,
            count(*) filter (where answer_class = 'A') a, count(*) filter (where answer_class = 'B') b,
            count(*) filter (where answer_class = 'C') c, count(*) filter (where answer_class = 'D') d,
            count(evaluation) evaluated, count(*) filter (where evaluation in ('SATISFIED', 'BASICALLY_SATISFIED')) satisfied,
            count(*) filter (where evaluation = 'UNSATISFIED') unsatisfied""";

    static final String WHERE = """
            scope_key like :scope and submitted_at >= :from and submitted_at < :to
            and (cast(:station as bigint) is null or station_id = :station)
            and (cast(:deputy as bigint) is null or lead_deputy_id = :deputy or :deputy = any(cosigners))
            and (cast(:department as bigint) is null or :department = any(units))""";

    private final JdbcClient jdbc;
    private final Directory directory;

    ProposalStats(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    public ProposalFigures figures(String scope, Instant from, Instant to, Long stationId, Long deputyId, Long departmentId) {
        Map<String, Object> p = new HashMap<>();
        p.put("scope", scope + "%");
        p.put("from", Timestamp.from(from));
        p.put("to", Timestamp.from(to));
        p.put("station", stationId);
        p.put("deputy", deputyId);
        p.put("department", departmentId);
        ProposalFigures.Row totals = jdbc.sql("select " + COUNTS + " from stat_proposal where " + WHERE).params(p)
                .query((rs, n) -> row(rs, "合计")).single();
        List<ProposalFigures.Row> bySession = jdbc.sql("select coalesce(session, '（待登记）') k, " + COUNTS + " from stat_proposal where "
                        + WHERE + " group by 1 order by 1").params(p)
                .query((rs, n) -> row(rs, rs.getString("k"))).list();
        List<Object[]> units = new ArrayList<>();
        jdbc.sql("select lead_unit k, " + COUNTS + " from stat_proposal where " + WHERE + " and lead_unit is not null"
                        + " group by 1 order by 2 desc").params(p)
                .query(rs -> {
                    units.add(new Object[] {rs.getLong("k"), row(rs, "")});
                });
        Map<Long, String> names = directory.names(Directory.NameKind.DEPARTMENT, units.stream().map(u -> (Long) u[0]).toList());
        List<ProposalFigures.Row> byUnit = units.stream().map(u -> named((ProposalFigures.Row) u[1],
                names.getOrDefault((Long) u[0], "（已删除）"))).toList();
        return new ProposalFigures(totals, bySession, byUnit);
    }

    private static ProposalFigures.Row named(ProposalFigures.Row r, String name) {
        return new ProposalFigures.Row(name, r.submitted(), r.assigned(), r.answered(), r.onTime(), r.classA(), r.classB(), r.classC(),
                r.classD(), r.evaluated(), r.satisfied(), r.unsatisfied());
    }

    private static ProposalFigures.Row row(ResultSet rs, String name) throws SQLException {
        return new ProposalFigures.Row(name, rs.getLong("submitted"), rs.getLong("assigned"), rs.getLong("answered"),
                rs.getLong("on_time"), rs.getLong("a"), rs.getLong("b"), rs.getLong("c"), rs.getLong("d"), rs.getLong("evaluated"),
                rs.getLong("satisfied"), rs.getLong("unsatisfied"));
    }
}
