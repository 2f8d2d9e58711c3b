package org.mashang.receptions.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mashang.platform.Indicator;
import org.mashang.cases.CaseFigures;
import org.mashang.receptions.ActivityKind;
import org.mashang.receptions.DeputyRecord;
import org.mashang.platform.Outcome;
import org.mashang.receptions.DeputyRecord.KindCount;
import org.mashang.receptions.DeputyRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds a deputy's record up from the receptions and activities they took part in and from their cases. */
@Service
@Transactional(readOnly = true)
class RecordService implements DeputyRecords {

    private final JdbcClient jdbc;
    private final CaseFigures caseFigures;
    private final org.mashang.proposals.DeputyProposals proposals;

    RecordService(JdbcClient jdbc, CaseFigures caseFigures, org.mashang.proposals.DeputyProposals proposals) {
        this.proposals = proposals;
        this.jdbc = jdbc;
        this.caseFigures = caseFigures;
    }

    @Override
    public DeputyRecord of(long deputyId, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        long[] receptions = jdbc.sql("""
                        select count(*) as n, coalesce(sum(r.residents_received), 0) as residents
                        from reception r join reception_deputy d on d.reception_id = r.id
                        where d.deputy_id = :d and r.day between :from and :to""")
                .param("d", deputyId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> new long[] {rs.getLong("n"), rs.getLong("residents")}).single();

        Map<ActivityKind, KindCount> kinds = new EnumMap<>(ActivityKind.class);
        Arrays.stream(ActivityKind.values()).forEach(k -> kinds.put(k, new KindCount(k, 0, 0)));
        jdbc.sql("""
                        select a.kind, count(*) as n, coalesce(sum(a.attendance), 0) as people
                        from activity a join activity_deputy d on d.activity_id = a.id
                        where d.deputy_id = :d and a.day between :from and :to group by a.kind""")
                .param("d", deputyId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(rs -> {
                    ActivityKind kind = ActivityKind.valueOf(rs.getString("kind"));
                    kinds.put(kind, new KindCount(kind, rs.getLong("n"), rs.getLong("people")));
                });

        long issues = jdbc.sql("""
                        select (select count(*) from reception_case c join reception r on r.id = c.reception_id
                                join reception_deputy d on d.reception_id = r.id
                                where d.deputy_id = :d and r.day between :from and :to)
                             + (select count(*) from activity_case c join activity a on a.id = c.activity_id
                                join activity_deputy d on d.activity_id = a.id
                                where d.deputy_id = :d and a.day between :from and :to)""")
                .param("d", deputyId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(Long.class).single();

        List<Outcome> outcomes = new ArrayList<>(jdbc.sql("""
                        select o.indicator, o.unit, sum(o.amount) as amount
                        from activity_outcome o join activity a on a.id = o.activity_id
                        join activity_deputy d on d.activity_id = a.id
                        where d.deputy_id = :d and a.day between :from and :to group by o.indicator, o.unit""")
                .param("d", deputyId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(Outcome.class).list());
        // the outcomes of the deputy's cases add to the activities' (the seed's 1,887万元 for 1,448 farmers was a case)
        outcomes = sum(outcomes, caseFigures.outcomes(deputyId, from, to));
        outcomes.sort(Comparator.comparingInt(RecordService::rank).thenComparing(Outcome::indicator).thenComparing(Outcome::unit));

        return new DeputyRecord(deputyId, year, receptions[0], receptions[1], new ArrayList<>(kinds.values()), issues, outcomes,
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
