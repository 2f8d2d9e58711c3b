package org.mashang.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.sql.Types;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.CaseContacts;
import org.mashang.cases.CaseState;
import org.mashang.cases.Channel;
import org.mashang.cases.CaseUpdate;
import org.mashang.cases.Satisfaction;
import org.mashang.platform.Zones;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class CaseRepository {

    private static final DateTimeFormatter TICKET_DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    /** Ticket numbers read well over the phone: the day of submission, then a running number. */
    public String nextTicket(Instant now) {
        return ticket(now, jdbc.sql("select nextval('case_ticket_seq')").query(Long.class).single());
    }

    /** A new case's id and ticket, taken before it is stored. */
    record Numbers(long id, String ticket) {
    }

    /** Ids and ticket numbers for messages stored together, in one round trip. */
    List<Numbers> nextNumbers(Instant now, int count) {
        return jdbc.sql("select nextval('cases_id_seq'), nextval('case_ticket_seq') from generate_series(1, :n)").param("n", count)
                .query((rs, i) -> new Numbers(rs.getLong(1), ticket(now, rs.getLong(2)))).list();
    }

    private static String ticket(Instant now, long n) {
        return LocalDate.ofInstant(now, Zones.CHINA).format(TICKET_DAY) + "-" + String.format("%05d", n);
    }

    Optional<org.mashang.calendar.Urgency> urgency(long caseId) {
        return jdbc.sql("select urgency from cases where id = :c").param("c", caseId)
                .query(org.mashang.calendar.Urgency.class).optional();
    }

    /** Whether any of these cases is of the urgent class, in one statement. */
    boolean anyUrgent(java.util.Collection<Long> caseIds) {
        return jdbc.sql("select exists (select 1 from cases where id = any(:ids) and urgency = 'URGENT')")
                .param("ids", caseIds.toArray(Long[]::new)).query(Boolean.class).single();
    }

    void setUrgency(long caseId, org.mashang.calendar.Urgency urgency) {
        jdbc.sql("update cases set urgency = :u where id = :id").param("u", urgency.name()).param("id", caseId).update();
    }

    /** A message as its case's row: the numbers taken for it and what was worked out from it. */
    record NewCase(NewMessage message, Numbers numbers, String codeHash, CaseState state, String scopeKey,
                   org.mashang.calendar.Urgency urgency) {
    }

    /**
     * Stores the cases, each unless its form came before (one statement either way, no look-up first), in one round
     * trip; @return for each whether it was stored
     */
    boolean[] insertAll(List<NewCase> rows, Instant now) {
        int[] counts = batches.batchUpdate("""
                insert into cases (id, ticket, query_code_hash, channel, deputy_id, station_id, street_id, category_id, block_id,
                                   message_text, wants_public, resident_name, resident_phone, state, submitted_at, updated_at,
                                   submission_key, pool, scope_key, resident_email, contact_verified, query_code_keyed, urgency)
                values (:id, :ticket, :hash, :channel, :deputy, :station, :street, :category, :block, :text, :public, :name, :phone,
                        :state, :now, :now, :key, :pool, :scope, :email, :verified, true, :urgency)
                on conflict (submission_key) do nothing""", rows.stream().map(r -> row(r, now)).toArray(java.util.Map[]::new));
        boolean[] stored = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            stored[i] = counts[i] > 0;
        }
        return stored;
    }

    private static java.util.Map<String, Object> row(NewCase r, Instant now) {
        NewMessage m = r.message();
        java.util.Map<String, Object> row = new java.util.HashMap<>();
        row.put("id", r.numbers().id());
        row.put("ticket", r.numbers().ticket());
        row.put("hash", r.codeHash());
        row.put("channel", m.channel().name());
        row.put("deputy", m.deputyId());
        row.put("station", m.stationId());
        row.put("street", m.streetId());
        row.put("category", m.categoryId());
        row.put("block", m.blockId());
        row.put("text", m.text());
        row.put("public", m.wantsPublic());
        row.put("name", m.residentName());
        row.put("phone", m.residentPhone());
        row.put("state", r.state().name());
        row.put("now", Timestamp.from(now));
        row.put("key", m.submissionKey());
        row.put("pool", m.deputyId() == null);
        row.put("scope", r.scopeKey());
        row.put("email", m.residentEmail());
        row.put("verified", m.contactVerified() && m.residentPhone() != null);
        row.put("urgency", r.urgency().name());
        return row;
    }

    public void addPhoto(long caseId, int position, UUID fileId) {
        jdbc.sql("insert into case_photo (case_id, position, file_id) values (:c, :p, :f)")
                .param("c", caseId).param("p", position).param("f", fileId).update();
    }

    public List<UUID> photos(long caseId) {
        return jdbc.sql("select file_id from case_photo where case_id = :c order by position").param("c", caseId)
                .query(UUID.class).list();
    }

    /** Whether any case is stored at all. */
    boolean any() {
        return jdbc.sql("select exists (select 1 from cases)").query(Boolean.class).single();
    }

    public Optional<CaseRecord> find(long id) {
        return jdbc.sql("select * from cases where id = :id").param("id", id).query(CaseRepository::map).optional();
    }

    /** The cases of these ids, in one statement (a department's list names up to 500). */
    public java.util.Map<Long, CaseRecord> findAll(java.util.Collection<Long> ids) {
        // a list, not the query's stream: outside a transaction that holds its connection until closed
        return jdbc.sql("select * from cases where id = any(:ids)").param("ids", ids.toArray(Long[]::new)).query(CaseRepository::map)
                .list().stream().collect(java.util.stream.Collectors.toMap(CaseRecord::id, c -> c));
    }

    /** Locks the case row for the rest of the transaction: one change to a case at a time. */
    public Optional<CaseRecord> lock(long id) {
        return jdbc.sql("select * from cases where id = :id for update").param("id", id).query(CaseRepository::map).optional();
    }

    /** Takes the case's row lock unless another transaction holds it. */
    boolean lockIfFree(long id) {
        return jdbc.sql("select id from cases where id = :id for update skip locked").param("id", id).query(Long.class).optional()
                .isPresent();
    }

    public Optional<CaseRecord> findByTicket(String ticket) {
        return jdbc.sql("select * from cases where ticket = :t").param("t", ticket).query(CaseRepository::map).optional();
    }

    public Optional<CaseRecord> findBySubmissionKey(String key) {
        return jdbc.sql("select * from cases where submission_key = :k").param("k", key).query(CaseRepository::map).optional();
    }

    public void replaceQueryCode(long id, String codeHash) {
        jdbc.sql("update cases set query_code_hash = :h, query_code_keyed = true, query_code_locked_at = null where id = :id")
                .param("h", codeHash).param("id", id).update();
    }

    /** How a case was handled, as a deputy's figures count it. */
    public record Handling(CaseState state, Instant acceptedAt, Instant firstReplyAt, Satisfaction satisfaction, int reopenCount) {
    }

    /** The cases a deputy received in [from, to). */
    public List<Handling> handlingOfDeputy(long deputyId, Instant from, Instant to) {
        return jdbc.sql("""
                        select state, accepted_at, first_reply_at, satisfaction, reopen_count
                        from cases where deputy_id = :deputy and submitted_at >= :start and submitted_at < :end""")
                .param("deputy", deputyId).param("start", Timestamp.from(from)).param("end", Timestamp.from(to))
                .query(Handling.class).list();
    }

    /** Where these cases stand, in no particular order. */
    public List<org.mashang.cases.OfflineIntake.Status> statuses(List<Long> ids) {
        return jdbc.sql("select id case_id, ticket, state, is_public from cases where id in (:ids)").param("ids", ids)
                .query(org.mashang.cases.OfflineIntake.Status.class).list();
    }

    /** Cases answered in [from, to) still waiting for the resident's evaluation, with a contact left. */
    public List<CaseContacts.AwaitingEvaluation> awaitingEvaluation(Instant from, Instant to, int limit) {
        return jdbc.sql("""
                        select id case_id, ticket, closed_at answered_at from cases
                        where state = any(:states) and closed_at >= :from and closed_at < :to
                          and (resident_phone is not null or resident_email is not null)
                        order by closed_at limit :limit""")
                .param("states", CaseState.namesWhere(CaseState::awaitsEvaluation))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("limit", limit)
                .query(CaseContacts.AwaitingEvaluation.class).list();
    }

    private static final String TRANSITION = """
            update cases set state = :state, updated_at = :now, version = version + 1,
                   deputy_id = coalesce(:deputy, deputy_id), is_public = coalesce(:isPublic, is_public),
                   merged_into = coalesce(:mergedInto, merged_into),
                   suggested_departments = coalesce(cast(:suggested as bigint[]), suggested_departments),
                   proposal_number = coalesce(:proposal, proposal_number), satisfaction = coalesce(:satisfaction, satisfaction),
                   accepted_at = coalesce(:acceptedAt, accepted_at), first_reply_at = coalesce(:firstReplyAt, first_reply_at),
                   closed_at = coalesce(:closedAt, closed_at), feedback_done_at = coalesce(:feedbackDoneAt, feedback_done_at),
                   evaluated_at = coalesce(:evaluatedAt, evaluated_at), reopen_count = reopen_count + :reopened
            where id = :id and version = :version""";

    /** Moves the case to its next state; the version guards against a change made by someone else meanwhile. */
    public void transition(long id, int version, CaseState to, Instant now, CaseUpdate u, Stamps stamps) {
        Long[] suggested = u.suggestedDepartments() == null ? null : u.suggestedDepartments().toArray(Long[]::new);
        var spec = jdbc.sql(TRANSITION);
        // a null array needs its type named; a given one is typed by the driver
        spec = suggested == null ? spec.param("suggested", null, Types.ARRAY) : spec.param("suggested", suggested);
        int changed = spec
                .param("state", to.name()).param("now", Timestamp.from(now)).param("id", id).param("version", version)
                .param("deputy", u.responsibleDeputyId(), Types.BIGINT).param("isPublic", u.isPublic(), Types.BOOLEAN)
                .param("mergedInto", u.mergedInto(), Types.BIGINT)
                .param("proposal", u.proposalNumber(), Types.VARCHAR)
                .param("satisfaction", u.satisfaction() == null ? null : u.satisfaction().name(), Types.VARCHAR)
                .param("acceptedAt", stamps.acceptedAt(), Types.TIMESTAMP)
                .param("firstReplyAt", stamps.firstReplyAt(), Types.TIMESTAMP)
                .param("closedAt", stamps.closedAt(), Types.TIMESTAMP)
                .param("feedbackDoneAt", stamps.feedbackDoneAt(), Types.TIMESTAMP)
                .param("evaluatedAt", stamps.evaluatedAt(), Types.TIMESTAMP)
                .param("reopened", stamps.reopened() ? 1 : 0)
                .update();
        if (changed != 1) {
            throw new org.mashang.platform.UserFacingException(org.springframework.http.HttpStatus.CONFLICT,
                    "这条留言刚被其他人处理过，请刷新页面后再试");
        }
    }

    public void setPublicText(long id, String text) {
        jdbc.sql("update cases set public_text = :t where id = :id").param("t", text).param("id", id).update();
    }

    /**
     * A row by {@link CaseRecord}'s components, each column read by its name. Spring's record row mapper tried each
     * two-word component's name without underscores first and caught the driver's "no such column" exception before
     * trying it with them: a third of the CPU of a workbench list of 200 to 500 cases.
     */
    static CaseRecord map(ResultSet rs, int row) throws SQLException {
        java.sql.Array suggested = rs.getArray("suggested_departments");
        String satisfaction = rs.getString("satisfaction");
        String urgency = rs.getString("urgency");
        return new CaseRecord(rs.getLong("id"), rs.getString("ticket"), rs.getString("query_code_hash"),
                Channel.valueOf(rs.getString("channel")), rs.getObject("deputy_id", Long.class), rs.getLong("station_id"),
                rs.getLong("street_id"), rs.getLong("category_id"), rs.getObject("block_id", Long.class), rs.getString("message_text"),
                rs.getString("public_text"), rs.getBoolean("wants_public"), rs.getString("resident_name"),
                rs.getString("resident_phone"), rs.getBoolean("contact_verified"), CaseState.valueOf(rs.getString("state")),
                instant(rs, "submitted_at"), instant(rs, "updated_at"), rs.getInt("version"), rs.getBoolean("pool"),
                rs.getString("scope_key"), rs.getBoolean("is_public"), satisfaction == null ? null : Satisfaction.valueOf(satisfaction),
                rs.getInt("reopen_count"), rs.getObject("merged_into", Long.class), rs.getString("proposal_number"),
                suggested == null ? null : List.of((Long[]) suggested.getArray()), rs.getString("resident_email"),
                urgency == null ? null : org.mashang.calendar.Urgency.valueOf(urgency));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
