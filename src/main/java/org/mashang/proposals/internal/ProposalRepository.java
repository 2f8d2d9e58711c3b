package org.mashang.proposals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.DeputyLevel;
import org.mashang.platform.UserFacingException;
import org.mashang.proposals.AnswerClass;
import org.mashang.proposals.DeputyEvaluation;
import org.mashang.proposals.ProgressStage;
import org.mashang.proposals.ProposalState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register's tables; nothing outside this module reads them. */
@Repository
@RequiredArgsConstructor
class ProposalRepository {

    record Unit(long departmentId, boolean lead) {
    }

    private final JdbcClient jdbc;

    long insert(DeputyLevel level, String title, String body, long leadDeputyId, long stationId, long streetId, String scopeKey,
                Instant now) {
        return jdbc.sql("""
                        insert into proposal (level, title, body, lead_deputy_id, station_id, street_id, scope_key, state, drafted_at,
                                              updated_at)
                        values (:level, :title, :body, :lead, :station, :street, :scope, :state, :now, :now) returning id""")
                .param("state", ProposalState.DRAFTED.name()).param("level", level.name()).param("title", title).param("body", body).param("lead", leadDeputyId)
                .param("station", stationId).param("street", streetId).param("scope", scopeKey).param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    Optional<Proposal> find(long id) {
        return jdbc.sql("select * from proposal where id = :id").param("id", id).query(ProposalRepository::map).optional();
    }

    /** One change to a proposal at a time. */
    Optional<Proposal> lock(long id) {
        return jdbc.sql("select * from proposal where id = :id for update").param("id", id).query(ProposalRepository::map).optional();
    }

    // each step's change, one statement each; the version guards against a change made meanwhile

    void edited(Proposal p, ProposalState to, Instant now, String title, String body) {
        moved(p, to, now, jdbc.sql("""
                update proposal set state = :state, updated_at = :now, version = version + 1, title = :title, body = :body
                where id = :id and version = :version""").param("title", title).param("body", body));
    }

    void submitted(Proposal p, ProposalState to, Instant now) {
        moved(p, to, now, jdbc.sql("""
                update proposal set state = :state, updated_at = :now, version = version + 1, submitted_at = :now
                where id = :id and version = :version"""));
    }

    void assigned(Proposal p, ProposalState to, Instant now, Registration r) {
        moved(p, to, now, jdbc.sql("""
                update proposal set state = :state, updated_at = :now, version = version + 1, congress = :congress,
                       session = :session, number = :number, difficult = :difficult, assigned_at = :now, due_date = :due
                where id = :id and version = :version""")
                .param("congress", r.congress()).param("session", r.session()).param("number", r.number())
                .param("difficult", r.difficult()).param("due", r.due()));
    }

    /** @param onTime null after handling again: the first answer's punctuality stays */
    void answered(Proposal p, ProposalState to, Instant now, AnswerClass answerClass, String text, @Nullable UUID fileId,
                  @Nullable Boolean onTime) {
        moved(p, to, now, jdbc.sql("""
                update proposal set state = :state, updated_at = :now, version = version + 1, answer_class = :class,
                       answer_text = :text, answer_file_id = :file, answered_at = :now,
                       answered_on_time = coalesce(cast(:onTime as boolean), answered_on_time)
                where id = :id and version = :version""")
                .param("class", answerClass.name()).param("text", text).param("file", fileId).param("onTime", onTime));
    }

    void evaluated(Proposal p, ProposalState to, Instant now, DeputyEvaluation evaluation) {
        moved(p, to, now, jdbc.sql("""
                update proposal set state = :state, updated_at = :now, version = version + 1, evaluation = :evaluation,
                       evaluated_at = :now, closed_at = :now
                where id = :id and version = :version""").param("evaluation", evaluation.name()));
    }

    /** Not satisfied with the first answer: back to the units on a new clock, warnings reset. */
    void handledAgain(Proposal p, ProposalState to, Instant now, DeputyEvaluation evaluation, LocalDate due) {
        moved(p, to, now, jdbc.sql("""
                update proposal set state = :state, updated_at = :now, version = version + 1, evaluation = :evaluation,
                       evaluated_at = :now, assigned_at = :now, due_date = :due, rehandled = true, warned_at = null,
                       escalated_at = null
                where id = :id and version = :version""").param("evaluation", evaluation.name()).param("due", due));
    }

    /** The committee's registration of a proposal: its number in the congress's session and its clock. */
    record Registration(String congress, String session, int number, boolean difficult, LocalDate due) {
    }

    private static void moved(Proposal p, ProposalState to, Instant now, JdbcClient.StatementSpec change) {
        int rows = change.param("state", to.name()).param("now", Timestamp.from(now)).param("id", p.id())
                .param("version", p.version()).update();
        if (rows != 1) {
            throw UserFacingException.conflict("这件代表建议刚被其他人处理过，请刷新页面后再试");
        }
    }

    /** The next number of a congress's session, taken under a lock on that session so two registrations never share one. */
    int nextNumber(String congress, String session) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:k))").param("k", "proposal-number:" + congress + "|" + session)
                .query(Object.class).single();
        return jdbc.sql("select coalesce(max(number), 0) + 1 from proposal where congress = :c and session = :s")
                .param("c", congress).param("s", session).query(Integer.class).single();
    }

    List<String[]> sessions() {
        return jdbc.sql("select distinct congress, session from proposal where number is not null order by congress, session")
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).list();
    }

    // people, units, cases

    void replaceCosigners(long proposalId, List<Long> deputyIds) {
        jdbc.sql("delete from proposal_cosigner where proposal_id = :p").param("p", proposalId).update();
        deputyIds.forEach(d -> jdbc.sql("insert into proposal_cosigner (proposal_id, deputy_id) values (:p, :d)")
                .param("p", proposalId).param("d", d).update());
    }

    List<Long> cosigners(long proposalId) {
        return jdbc.sql("select deputy_id from proposal_cosigner where proposal_id = :p order by deputy_id").param("p", proposalId)
                .query(Long.class).list();
    }

    void replaceCases(long proposalId, List<Long> caseIds, List<String> tickets) {
        jdbc.sql("delete from proposal_case where proposal_id = :p").param("p", proposalId).update();
        for (int i = 0; i < caseIds.size(); i++) {
            int updated = jdbc.sql("""
                            insert into proposal_case (proposal_id, case_id, ticket) values (:p, :c, :t)
                            on conflict (case_id) do nothing""")
                    .param("p", proposalId).param("c", caseIds.get(i)).param("t", tickets.get(i)).update();
            if (updated != 1) {
                throw UserFacingException.conflict("留言 " + tickets.get(i) + " 已在另一件代表建议中");
            }
        }
    }

    List<Long> caseIds(long proposalId) {
        return jdbc.sql("select case_id from proposal_case where proposal_id = :p order by case_id").param("p", proposalId)
                .query(Long.class).list();
    }

    List<String> tickets(long proposalId) {
        return jdbc.sql("select ticket from proposal_case where proposal_id = :p order by case_id").param("p", proposalId)
                .query(String.class).list();
    }

    Optional<Long> proposalOfTicket(String ticket) {
        return jdbc.sql("select proposal_id from proposal_case where ticket = :t").param("t", ticket).query(Long.class).optional();
    }

    void replaceUnits(long proposalId, long lead, List<Long> coHandlers) {
        jdbc.sql("delete from proposal_unit where proposal_id = :p").param("p", proposalId).update();
        jdbc.sql("insert into proposal_unit (proposal_id, department_id, lead) values (:p, :d, true)")
                .param("p", proposalId).param("d", lead).update();
        coHandlers.forEach(d -> jdbc.sql("insert into proposal_unit (proposal_id, department_id, lead) values (:p, :d, false)")
                .param("p", proposalId).param("d", d).update());
    }

    List<Unit> units(long proposalId) {
        return jdbc.sql("select department_id, lead from proposal_unit where proposal_id = :p order by lead desc, department_id")
                .param("p", proposalId).query((rs, n) -> new Unit(rs.getLong(1), rs.getBoolean(2))).list();
    }

    // timeline and progress

    void append(long proposalId, String type, String actorName, String body, boolean isPublic, Instant at) {
        jdbc.sql("""
                        insert into proposal_event (proposal_id, type, actor_name, occurred_at, body, public)
                        values (:p, :type, :actor, :at, :body, :public)""")
                .param("p", proposalId).param("type", type).param("actor", actorName).param("at", Timestamp.from(at))
                .param("body", body).param("public", isPublic).update();
    }

    List<ProposalEvent> events(long proposalId, boolean publicOnly) {
        return jdbc.sql("select * from proposal_event where proposal_id = :p and (public or not :publicOnly) order by id")
                .param("p", proposalId).param("publicOnly", publicOnly)
                .query((rs, n) -> new ProposalEvent(rs.getString("type"), rs.getString("actor_name"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("body"), rs.getBoolean("public"))).list();
    }

    long addProgress(long proposalId, ProgressStage stage, LocalDate onDate, String note, List<UUID> photos, Instant now) {
        long id = jdbc.sql("""
                        insert into proposal_progress (proposal_id, stage, on_date, note, recorded_at)
                        values (:p, :stage, :on, :note, :now) returning id""")
                .param("p", proposalId).param("stage", stage.name()).param("on", onDate).param("note", note)
                .param("now", Timestamp.from(now)).query(Long.class).single();
        for (int i = 0; i < photos.size(); i++) {
            jdbc.sql("insert into proposal_progress_photo (progress_id, position, file_id) values (:id, :pos, :f)")
                    .param("id", id).param("pos", i + 1).param("f", photos.get(i)).update();
        }
        return id;
    }

    List<ProposalProgress> progress(long proposalId) {
        Map<Long, List<UUID>> photos = new java.util.HashMap<>();
        jdbc.sql("""
                        select ph.progress_id, ph.file_id from proposal_progress_photo ph
                        join proposal_progress pr on pr.id = ph.progress_id where pr.proposal_id = :p order by ph.position""")
                .param("p", proposalId).query((ResultSet rs) -> {
                    photos.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getObject(2, UUID.class));
                });
        return jdbc.sql("select * from proposal_progress where proposal_id = :p order by on_date, id").param("p", proposalId)
                .query((rs, n) -> new ProposalProgress(rs.getLong("id"), ProgressStage.valueOf(rs.getString("stage")),
                        rs.getObject("on_date", LocalDate.class), rs.getString("note"),
                        photos.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    boolean hasFile(long proposalId, UUID fileId) {
        return jdbc.sql("""
                        select exists (select 1 from proposal_progress_photo ph join proposal_progress pr on pr.id = ph.progress_id
                                       where pr.proposal_id = :p and ph.file_id = :f)""")
                .param("p", proposalId).param("f", fileId).query(Boolean.class).single();
    }

    static Proposal map(ResultSet rs, int row) throws SQLException {
        String answerClass = rs.getString("answer_class");
        String evaluation = rs.getString("evaluation");
        Object onTime = rs.getObject("answered_on_time");
        return new Proposal(rs.getLong("id"), DeputyLevel.valueOf(rs.getString("level")), rs.getString("congress"),
                rs.getString("session"), (Integer) rs.getObject("number"), rs.getString("title"), rs.getString("body"),
                rs.getLong("lead_deputy_id"), rs.getLong("station_id"), rs.getLong("street_id"),
                ProposalState.valueOf(rs.getString("state")), rs.getBoolean("difficult"), instant(rs, "drafted_at"),
                instant(rs, "submitted_at"), instant(rs, "assigned_at"), rs.getObject("due_date", LocalDate.class),
                instant(rs, "answered_at"), (Boolean) onTime, answerClass == null ? null : AnswerClass.valueOf(answerClass),
                rs.getString("answer_text"), rs.getObject("answer_file_id", UUID.class), rs.getBoolean("rehandled"),
                evaluation == null ? null : DeputyEvaluation.valueOf(evaluation), instant(rs, "evaluated_at"),
                instant(rs, "closed_at"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** Whether any proposal was ever drafted (the demo drafts one on a new database only). */
    boolean anyDrafted() {
        return jdbc.sql("select exists (select 1 from proposal)").query(Boolean.class).single();
    }
}
