package org.mashang.stats.internal;

import java.sql.Date;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.CaseFigures;
import org.mashang.cases.DeputyFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A deputy's case figures for the record and the public page, summed from the deputy's monthly roll-up rows: a
 * dozen rows for a year, however many cases the deputy has (reading every case made the page of a busy deputy slow).
 * The cases module's {@link CaseFigures} read from the statistics' tables: a read-only repository.
 */
@Repository
@RequiredArgsConstructor
class RolledUpCaseFigures implements CaseFigures {

    private final JdbcClient jdbc;

    @Override
    public DeputyFigures deputy(long deputyId, LocalDate from, LocalDate to) {
        if (from.getDayOfMonth() != 1 || to.plusDays(1).getDayOfMonth() != 1) {
            throw new IllegalArgumentException("the roll-ups hold whole months: " + from + " … " + to);
        }
        return jdbc.sql("""
                        select coalesce(sum(received), 0) received, coalesce(sum(accepted), 0) accepted,
                               coalesce(sum(closed), 0) closed, coalesce(sum(first_replies), 0) first_replies,
                               coalesce(sum(first_reply_on_time), 0) first_replies_on_time, coalesce(sum(evaluated), 0) evaluated,
                               coalesce(sum(satisfied), 0) satisfied, coalesce(sum(basically_satisfied), 0) basically_satisfied,
                               coalesce(sum(unsatisfied), 0) unsatisfied, coalesce(sum(reopened), 0) reopened
                        from stat_monthly where dim = :dim and dim_id = :deputy and month >= :from and month <= :to""")
                .param("dim", StatsRecorder.DEPUTY).param("deputy", deputyId)
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(DeputyFigures.class).single();
    }

    @Override
    public java.util.List<org.mashang.platform.Outcome> outcomes(long deputyId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select indicator, sum(amount) as amount, unit from stat_case_outcome
                        where deputy_id = :d and day between :from and :to group by indicator, unit""")
                .param("d", deputyId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(org.mashang.platform.Outcome.class).list();
    }
}
