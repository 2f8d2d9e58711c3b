package org.mashang.stats.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.platform.EnumNames;
import org.mashang.proposals.AnswerClass;
import org.mashang.proposals.DeputyEvaluation;
import org.mashang.proposals.ProposalAction;
import org.mashang.proposals.ProposalState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The proposals' figures from the statistics' copy ({@code stat_proposal}): totals, per session, per lead unit. */
@Repository
@RequiredArgsConstructor
class ProposalStatsRepository {

    /** Proposals submitted in [from, to) in a region (scope-key prefix), of a station, deputy or unit when given. */
    record Filter(String scope, Instant from, Instant to, @Nullable Long station, @Nullable Long deputy, @Nullable Long department) {
    }

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

    ProposalFigures.Row totals(Filter f) {
        return bind(jdbc.sql(TOTALS), f).query(ProposalFigures.Row.class).single();
    }

    List<ProposalFigures.Row> bySession(Filter f) {
        return bind(jdbc.sql(BY_SESSION), f).query(ProposalFigures.Row.class).list();
    }

    /** One row per lead unit, named by the unit's id. */
    List<ProposalFigures.Row> byUnitId(Filter f) {
        return bind(jdbc.sql(BY_UNIT), f).query(ProposalFigures.Row.class).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Filter f) {
        statement.param("scope", f.scope() + "%").param("from", Timestamp.from(f.from())).param("to", Timestamp.from(f.to()))
                .param("station", f.station(), java.sql.Types.BIGINT).param("deputy", f.deputy(), java.sql.Types.BIGINT)
                .param("department", f.department(), java.sql.Types.BIGINT)
                .param("submitted", ProposalState.SUBMITTED.name())
                .param("satisfied", EnumNames.where(DeputyEvaluation.values(), e -> e.action() == ProposalAction.ACCEPT_ANSWER))
                .param("unsatisfied", DeputyEvaluation.UNSATISFIED.name());
        for (AnswerClass answer : AnswerClass.values()) {
            statement.param(answer.name().toLowerCase(Locale.ROOT), answer.name());
        }
        return statement;
    }
}
