package org.mashang.stats.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mashang.directory.Directory;
import org.mashang.platform.EnumNames;
import org.mashang.proposals.AnswerClass;
import org.mashang.proposals.DeputyEvaluation;
import org.mashang.proposals.ProposalAction;
import org.mashang.proposals.ProposalState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures of deputies' proposals from the statistics' copy ({@code stat_proposal}), by the time they were submitted. */
@Service
@Transactional(readOnly = true)
public class ProposalStats {

    /** The figures of a group, named as {@link ProposalFigures.Row}'s components; states and classes bound from the enums. */
    private static final String COUNTS = """
            count(*) submitted, count(*) filter (where state <> :submitted) assigned,
            count(answer_class) answered, count(*) filter (where answered_on_time) on_time,
            count(*) filter (where answer_class = :a) class_a, count(*) filter (where answer_class = :b) class_b,
            count(*) filter (where answer_class = :c) class_c, count(*) filter (where answer_class = :d) class_d,
            count(evaluation) evaluated, count(*) filter (where evaluation = any(:satisfied)) satisfied,
            count(*) filter (where evaluation = :unsatisfied) unsatisfied""";

    private static final String WHERE = """
            scope_key like :scope and submitted_at >= :from and submitted_at < :to
            and (cast(:station as bigint) is null or station_id = :station)
            and (cast(:deputy as bigint) is null or lead_deputy_id = :deputy or :deputy = any(cosigners))
            and (cast(:department as bigint) is null or :department = any(units))""";

    private static final String TOTALS = "select '合计' as name, " + COUNTS + " from stat_proposal where " + WHERE;
    private static final String BY_SESSION = "select coalesce(session, '（待登记）') as name, " + COUNTS + " from stat_proposal where "
            + WHERE + " group by 1 order by 1";
    /** Named by the lead unit's id, which the directory turns into its name. */
    private static final String BY_UNIT = "select cast(lead_unit as varchar) as name, " + COUNTS + " from stat_proposal where "
            + WHERE + " and lead_unit is not null group by lead_unit order by 2 desc";

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
        p.put("submitted", ProposalState.SUBMITTED.name());
        for (AnswerClass answer : AnswerClass.values()) {
            p.put(answer.name().toLowerCase(Locale.ROOT), answer.name());
        }
        p.put("satisfied", EnumNames.where(DeputyEvaluation.values(), e -> e.action() == ProposalAction.ACCEPT_ANSWER));
        p.put("unsatisfied", DeputyEvaluation.UNSATISFIED.name());
        ProposalFigures.Row totals = jdbc.sql(TOTALS).params(p).query(ProposalFigures.Row.class).single();
        List<ProposalFigures.Row> bySession = jdbc.sql(BY_SESSION).params(p).query(ProposalFigures.Row.class).list();
        List<ProposalFigures.Row> units = jdbc.sql(BY_UNIT).params(p).query(ProposalFigures.Row.class).list();
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
