package org.mashang.stats.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.CaseOutcomesRecorded;
import org.mashang.platform.Outcome;
import org.mashang.proposals.ProposalChanged;
import org.mashang.receptions.ActivityRecorded;
import org.mashang.receptions.ReceptionRecorded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statistics' own copies of what other modules record (receptions, activities, proposals, the outcomes of
 * activities and cases), written from their events in the transaction that records them, so the figures never read
 * another module's tables.
 */
@Repository
@RequiredArgsConstructor
class StatRecordRepository {

    private final JdbcClient jdbc;
    private final JournaledRollUps rollUps;

    void saveReception(ReceptionRecorded e, String scopeKey) {
        recounted(DeputyYearRepository.Record.RECEPTIONS, "select day, deputy_ids, scope_key from stat_reception where reception_id = :id",
                e.receptionId(), e.day(), e.deputyIds(), scopeKey);
        jdbc.sql("""
                        insert into stat_reception (reception_id, station_id, street_id, scope_key, day, on_reception_day, residents,
                                                    deputy_ids)
                        values (:id, :station, :street, :scope, :day, :onDay, :residents, :deputies)
                        on conflict (reception_id) do update set day = excluded.day, residents = excluded.residents,
                               on_reception_day = excluded.on_reception_day, deputy_ids = excluded.deputy_ids""")
                .param("id", e.receptionId()).param("station", e.stationId()).param("street", e.streetId())
                .param("scope", scopeKey).param("day", Date.valueOf(e.day()))
                .param("onDay", e.onReceptionDay()).param("residents", e.residentsReceived())
                .param("deputies", e.deputyIds().toArray(Long[]::new))
                .update();
    }

    /** The activity and its outcome lines, replacing those of an earlier version. */
    void saveActivity(ActivityRecorded e, String scopeKey) {
        recounted(DeputyYearRepository.Record.ACTIVITIES, "select day, deputy_ids, scope_key from stat_activity where activity_id = :id",
                e.activityId(), e.day(), e.deputyIds(), scopeKey);
        jdbc.sql("""
                        insert into stat_activity (activity_id, station_id, street_id, scope_key, kind, day, block_id, attendance,
                                                   deputy_ids)
                        values (:id, :station, :street, :scope, :kind, :day, :block, :attendance, :deputies)
                        on conflict (activity_id) do update set kind = excluded.kind, day = excluded.day, block_id = excluded.block_id,
                               attendance = excluded.attendance, deputy_ids = excluded.deputy_ids""")
                .param("id", e.activityId()).param("station", e.stationId()).param("street", e.streetId())
                .param("scope", scopeKey).param("kind", e.kind().name())
                .param("day", Date.valueOf(e.day())).param("block", e.blockId()).param("attendance", e.attendance())
                .param("deputies", e.deputyIds().toArray(Long[]::new))
                .update();
        jdbc.sql("delete from stat_outcome where activity_id = :id").param("id", e.activityId()).update();
        List<Outcome> outcomes = e.outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            jdbc.sql("""
                            insert into stat_outcome (activity_id, position, indicator, unit, amount)
                            values (:id, :position, :indicator, :unit, :amount)""")
                    .param("id", e.activityId()).param("position", i + 1).param("indicator", o.indicator())
                    .param("unit", o.unit()).param("amount", o.amount())
                    .update();
        }
    }

    /** A case's outcome lines, counted on {@code day}, replacing those recorded before. */
    void saveCaseOutcomes(CaseOutcomesRecorded e, String scopeKey, LocalDate day) {
        jdbc.sql("delete from stat_case_outcome where case_id = :id").param("id", e.caseId()).update();
        List<Outcome> outcomes = e.outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            jdbc.sql("""
                            insert into stat_case_outcome (case_id, position, station_id, scope_key, deputy_id, day, indicator, unit, amount)
                            values (:id, :position, :station, :scope, :deputy, :day, :indicator, :unit, :amount)""")
                    .param("id", e.caseId()).param("position", i + 1).param("station", e.stationId())
                    .param("scope", scopeKey).param("deputy", e.deputyId(), Types.BIGINT)
                    .param("day", Date.valueOf(day)).param("indicator", o.indicator()).param("unit", o.unit())
                    .param("amount", o.amount())
                    .update();
        }
    }

    void saveProposal(ProposalChanged e) {
        boolean added = jdbc.sql("""
                        insert into stat_proposal (proposal_id, scope_key, street_id, station_id, level, session, lead_deputy_id, cosigners,
                                                   units, lead_unit, state, answer_class, answered_on_time, evaluation, submitted_at)
                        values (:id, :scope, :street, :station, :level, :session, :lead, :cosigners, :units, :leadUnit, :state, :class,
                                :onTime, :evaluation, :submitted)
                        on conflict (proposal_id) do update set session = excluded.session, cosigners = excluded.cosigners,
                            units = excluded.units, lead_unit = excluded.lead_unit, state = excluded.state,
                            answer_class = excluded.answer_class, answered_on_time = excluded.answered_on_time,
                            evaluation = excluded.evaluation
                        returning xmax = 0""")
                .param("id", e.proposalId()).param("scope", e.scopeKey()).param("street", e.streetId()).param("station", e.stationId())
                .param("level", e.level().name()).param("session", e.session()).param("lead", e.leadDeputyId())
                .param("cosigners", e.cosigners().toArray(Long[]::new)).param("units", e.units().toArray(Long[]::new))
                .param("leadUnit", e.units().isEmpty() ? null : e.units().get(0)).param("state", e.state().name())
                .param("class", e.answerClass() == null ? null : e.answerClass().name()).param("onTime", e.answeredOnTime())
                .param("evaluation", e.evaluation() == null ? null : e.evaluation().name())
                .param("submitted", Timestamp.from(e.submittedAt()))
                .query(Boolean.class).single();
        if (added) {
            // the lead and the time of submission do not change afterwards: counted once, when first copied
            rollUps.addRecord(DeputyYearRepository.Record.PROPOSALS_LED,
                    LocalDate.ofInstant(e.submittedAt(), org.mashang.platform.Zones.CHINA).getYear(), List.of(e.leadDeputyId()),
                    e.scopeKey(), 1);
        }
    }

    /**
     * The league's counts of a reception's or activity's deputies as recorded now: those of its earlier version (read
     * before it is replaced) taken back, the new ones added.
     */
    private void recounted(DeputyYearRepository.Record record, String earlier, long id, LocalDate day, List<Long> deputies, String scopeKey) {
        jdbc.sql(earlier).param("id", id).query((rs, n) -> {
            rollUps.addRecord(record, rs.getDate("day").toLocalDate().getYear(), List.of((Long[]) rs.getArray("deputy_ids").getArray()),
                    rs.getString("scope_key"), -1);
            return 0;
        }).list();
        rollUps.addRecord(record, day.getYear(), deputies, scopeKey, 1);
    }
}
