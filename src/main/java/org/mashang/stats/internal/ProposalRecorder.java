package org.mashang.stats.internal;

import java.sql.Timestamp;
import org.mashang.proposals.ProposalChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps the statistics' copy of each proposal, in the transaction of the change. */
@Component
class ProposalRecorder {

    private final JdbcClient jdbc;

    ProposalRecorder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ProposalChanged e) {
        jdbc.sql("""
                        insert into stat_proposal (proposal_id, scope_key, street_id, station_id, level, session, lead_deputy_id, cosigners,
                                                   units, lead_unit, state, answer_class, answered_on_time, evaluation, submitted_at)
                        values (:id, :scope, :street, :station, :level, :session, :lead, :cosigners, :units, :leadUnit, :state, :class,
                                :onTime, :evaluation, :submitted)
                        on conflict (proposal_id) do update set session = excluded.session, cosigners = excluded.cosigners,
                            units = excluded.units, lead_unit = excluded.lead_unit, state = excluded.state,
                            answer_class = excluded.answer_class, answered_on_time = excluded.answered_on_time,
                            evaluation = excluded.evaluation""")
                .param("id", e.proposalId()).param("scope", e.scopeKey()).param("street", e.streetId()).param("station", e.stationId())
                .param("level", e.level().name()).param("session", e.session()).param("lead", e.leadDeputyId())
                .param("cosigners", e.cosigners().toArray(Long[]::new)).param("units", e.units().toArray(Long[]::new))
                .param("leadUnit", e.units().isEmpty() ? null : e.units().get(0)).param("state", e.state().name())
                .param("class", e.answerClass() == null ? null : e.answerClass().name()).param("onTime", e.answeredOnTime())
                .param("evaluation", e.evaluation() == null ? null : e.evaluation().name())
                .param("submitted", Timestamp.from(e.submittedAt()))
                .update();
    }
}
