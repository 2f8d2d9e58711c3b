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
import org.mashang.directory.DeputyLevel;
import org.mashang.platform.UserFacingException;
import org.mashang.proposals.AnswerClass;
import org.mashang.proposals.DeputyEvaluation;
import org.mashang.proposals.ProgressStage;
import org.mashang.proposals.ProposalState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register's tables; nothing outside this module reads them. */
@Repository
class ProposalRepository {

    record Unit(long departmentId, boolean lead) {
    }

    private final JdbcClient jdbc;

    ProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(DeputyLevel level, String title, String body, long leadDeputyId, long stationId, long streetId, String scopeKey,
                Instant now) {
        return jdbc.sql("""
                        insert into proposal (level, title, body, lead_deputy_id, station_id, street_id, scope_key, state, drafted_at,
                                              updated_at)
                        values (:level, :title, :body, :lead, :station, :street, :scope, 'DRAFTED', :now, :now) returning id""")
                .param("level", level.name()).param("title", title).param("body", body).param("lead", leadDeputyId)
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

    /** Moves the proposal on and sets the given columns; the version guards against a change made meanwhile. */
    void update(Proposal p, ProposalState state, Instant now, Map<String, Object> columns) {
        StringBuilder set = new StringBuilder("state = :state, updated_at = :now, version = version + 1");
        columns.keySet().forEach(c -> set.append(", ").append(c).append(" = :").append(c));
        var spec = jdbc.sql("update proposal set " + set + " where id = :id and version = :version")
                .param("state", state.name()).param("now", Timestamp.from(now)).param("id", p.id()).param("version", p.version());
        for (var e : columns.entrySet()) {
            Object v = e.getValue();
            spec = spec.param(e.getKey(), v instanceof Instant i ? Timestamp.from(i) : v instanceof Enum<?> en ? en.name() : v);
        }
        if (spec.update() != 1) {
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

    // lists

    /** The deputy's own: led or co-signed, newest first. */
    List<Proposal> ofDeputy(long deputyId) {
        return jdbc.sql("""
                        select * from proposal p where p.lead_deputy_id = :d
                           or exists (select 1 from proposal_cosigner s where s.proposal_id = p.id and s.deputy_id = :d)
                        order by p.id desc limit 300""")
                .param("d", deputyId).query(ProposalRepository::map).list();
    }

    /** Submitted proposals of the region (scope key prefix), oldest waiting first. */
    List<Proposal> inScope(String scopePrefix) {
        return jdbc.sql("""
                        select * from proposal where state <> 'DRAFTED' and scope_key like :scope
                        order by case state when 'SUBMITTED' then 0 when 'ASSIGNED' then 1 when 'REHANDLING' then 1 else 2 end,
                                 due_date nulls last, id desc limit 500""")
                .param("scope", scopePrefix + "%").query(ProposalRepository::map).list();
    }

    List<Proposal> ofDepartment(long departmentId) {
        return jdbc.sql("""
                        select p.* from proposal p join proposal_unit u on u.proposal_id = p.id
                        where u.department_id = :d and p.state <> 'DRAFTED' and p.state <> 'SUBMITTED'
                        order by case when p.state in ('ASSIGNED', 'REHANDLING') then 0 else 1 end, p.due_date, p.id desc limit 500""")
                .param("d", departmentId).query(ProposalRepository::map).list();
    }

    List<Proposal> published(ProposalFilter f, int limit, int offset) {
        return jdbc.sql("select p.* from proposal p where " + PUBLIC_FILTER + " order by p.submitted_at desc, p.id desc "
                        + "limit :limit offset :offset")
                .params(filterParams(f)).param("limit", limit).param("offset", offset).query(ProposalRepository::map).list();
    }

    long publishedCount(ProposalFilter f) {
        return jdbc.sql("select count(*) from proposal p where " + PUBLIC_FILTER).params(filterParams(f)).query(Long.class).single();
    }

    private static final String PUBLIC_FILTER = """
            p.state <> 'DRAFTED'
            and (cast(:session as text) is null or p.congress || p.session = :session)
            and (cast(:level as text) is null or p.level = :level)
            and (cast(:answerClass as text) is null or p.answer_class = :answerClass)
            and (cast(:state as text) is null or p.state = :state)
            and (cast(:department as bigint) is null
                 or exists (select 1 from proposal_unit u where u.proposal_id = p.id and u.department_id = :department))""";

    private static Map<String, Object> filterParams(ProposalFilter f) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("session", f.session());
        m.put("level", f.level() == null ? null : f.level().name());
        m.put("answerClass", f.answerClass() == null ? null : f.answerClass().name());
        m.put("state", f.state() == null ? null : f.state().name());
        m.put("department", f.departmentId());
        return m;
    }

    /** Led, co-signed, and led answered A or B, among proposals submitted in the period. */
    long[] deputyCounts(long deputyId, Instant from, Instant to) {
        return jdbc.sql("""
                        select count(*) filter (where p.lead_deputy_id = :d),
                               count(*) filter (where p.lead_deputy_id <> :d),
                               count(*) filter (where p.lead_deputy_id = :d and p.answer_class in ('A', 'B'))
                        from proposal p
                        where p.submitted_at >= :from and p.submitted_at < :to
                          and (p.lead_deputy_id = :d
                               or exists (select 1 from proposal_cosigner s where s.proposal_id = p.id and s.deputy_id = :d))""")
                .param("d", deputyId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    // the clock scan

    /** Claims open proposals becoming due soon that no one warned yet; other instances skip the rows this one holds. */
    List<Proposal> claimDueSoon(LocalDate latestDue, LocalDate today, int limit) {
        return jdbc.sql("""
                        select * from proposal where state in ('ASSIGNED', 'REHANDLING') and warned_at is null and escalated_at is null
                          and due_date <= :latest and due_date >= :today
                        order by due_date limit :limit for update skip locked""")
                .param("latest", latestDue).param("today", today).param("limit", limit).query(ProposalRepository::map).list();
    }

    List<Proposal> claimOverdue(LocalDate today, int limit) {
        return jdbc.sql("""
                        select * from proposal where state in ('ASSIGNED', 'REHANDLING') and escalated_at is null and due_date < :today
                        order by due_date limit :limit for update skip locked""")
                .param("today", today).param("limit", limit).query(ProposalRepository::map).list();
    }

    void markWarned(long id, Instant now) {
        jdbc.sql("update proposal set warned_at = :now where id = :id").param("now", Timestamp.from(now)).param("id", id).update();
    }

    void markEscalated(long id, Instant now) {
        jdbc.sql("update proposal set escalated_at = :now, warned_at = coalesce(warned_at, :now) where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
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
}
