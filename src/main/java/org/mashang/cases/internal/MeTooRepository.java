package org.mashang.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.cases.CaseState;
import org.mashang.cases.Satisfaction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The residents who follow a case besides the one who opened it (我也反映 and merged messages), and the public open
 * cases a resident may join.
 */
@Repository
@RequiredArgsConstructor
class MeTooRepository {

    /**
     * A follower as stored; for a merged resident ticket, name, phone and email are those of their own (merged) case.
     *
     * @param fromCaseId the merged message, or null for a resident who joined
     */
    record Follower(long id, long caseId, @Nullable Long fromCaseId, String ticket, @Nullable String name, @Nullable String phone,
                    @Nullable String email, @Nullable String comment, Instant joinedAt, @Nullable Satisfaction satisfaction,
                    @Nullable String evaluationComment) {
    }

    private static final String FOLLOWER_COLUMNS = """
            select s.id, s.case_id, s.from_case_id, coalesce(m.ticket, s.ticket) ticket,
                   coalesce(m.resident_name, s.resident_name) resident_name, coalesce(m.resident_phone, s.resident_phone) resident_phone,
                   m.resident_email, s.comment, s.joined_at, s.satisfaction, s.evaluation_comment""";
    private static final String FOLLOWERS = FOLLOWER_COLUMNS + """

            from case_supporter s left join cases m on m.id = s.from_case_id
            """;
    /** Followers with a phone or an email who have not evaluated the answer of a case answered in [from, to). */
    private static final String AWAITING_EVALUATION = FOLLOWER_COLUMNS + """
            , c.ticket case_ticket, c.closed_at answered_at
            from case_supporter s left join cases m on m.id = s.from_case_id join cases c on c.id = s.case_id
            where c.state = any(:answered) and c.closed_at >= :from and c.closed_at < :to and s.satisfaction is null
              and (coalesce(m.resident_phone, s.resident_phone) is not null or m.resident_email is not null)
            order by c.closed_at, s.id limit :limit""";

    private final JdbcClient jdbc;

    /** Public cases of the street still in handling with the block or the category chosen, newest first. */
    List<CaseRecord> joinable(long streetId, @Nullable Long blockId, @Nullable Long categoryId, int limit) {
        return jdbc.sql("""
                        select * from cases
                        where street_id = :street and is_public and state = any(:joinable)
                          and (block_id = :block or category_id = :category)
                        order by submitted_at desc limit :limit""")
                .param("street", streetId).param("joinable", CaseState.namesWhere(CaseState::joinable))
                .param("block", blockId, Types.BIGINT).param("category", categoryId, Types.BIGINT).param("limit", limit)
                .query(CaseRepository::map).list();
    }

    /** @return the new row's id, or empty when a row with this submission key is already stored */
    Optional<Long> insert(long caseId, String ticket, String codeHash, @Nullable String name, @Nullable String phone,
                          @Nullable String comment, String submissionKey, Instant at) {
        return jdbc.sql("""
                        insert into case_supporter (case_id, ticket, query_code_hash, resident_name, resident_phone, comment,
                                                    submission_key, joined_at)
                        values (:case, :ticket, :hash, :name, :phone, :comment, :key, :at)
                        on conflict (submission_key) do nothing returning id""")
                .param("case", caseId).param("ticket", ticket).param("hash", codeHash).param("name", name, Types.VARCHAR)
                .param("phone", phone, Types.VARCHAR).param("comment", comment, Types.VARCHAR).param("key", submissionKey)
                .param("at", Timestamp.from(at)).query(Long.class).optional();
    }

    Optional<Follower> bySubmissionKey(String submissionKey) {
        return jdbc.sql(FOLLOWERS + " where s.submission_key = :key").param("key", submissionKey).query(MeTooRepository::map).optional();
    }

    void replaceQueryCode(long id, String hash) {
        jdbc.sql("update case_supporter set query_code_hash = :h where id = :id")
                .param("h", hash).param("id", id).update();
    }

    /** A merged resident follows the case their message was merged into; once, however often the merge is told. */
    void addMerged(long caseId, long fromCaseId, Instant at) {
        jdbc.sql("""
                        insert into case_supporter (case_id, from_case_id, joined_at) values (:case, :from, :at)
                        on conflict (from_case_id) do nothing""")
                .param("case", caseId).param("from", fromCaseId).param("at", Timestamp.from(at)).update();
    }

    Optional<Follower> find(long id) {
        return jdbc.sql(FOLLOWERS + " where s.id = :id").param("id", id).query(MeTooRepository::map).optional();
    }

    /** A resident who joined (not a merged one) by their own ticket. */
    Optional<Follower> joinedByTicket(String ticket) {
        return jdbc.sql(FOLLOWERS + " where s.ticket = :t and s.from_case_id is null").param("t", ticket)
                .query(MeTooRepository::map).optional();
    }

    Optional<Follower> ofMergedCase(long fromCaseId) {
        return jdbc.sql(FOLLOWERS + " where s.from_case_id = :from").param("from", fromCaseId).query(MeTooRepository::map).optional();
    }

    boolean isSupporterTicket(String ticket) {
        return jdbc.sql("select exists (select 1 from case_supporter where ticket = :t)").param("t", ticket).query(Boolean.class).single();
    }

    List<Follower> ofCase(long caseId) {
        return jdbc.sql(FOLLOWERS + " where s.case_id = :case order by s.joined_at, s.id").param("case", caseId)
                .query(MeTooRepository::map).list();
    }

    /** A follower still to evaluate an answer, with the followed case's ticket and the time it was answered. */
    record AwaitingFollower(Follower follower, String caseTicket, Instant answeredAt) {
    }

    List<AwaitingFollower> awaitingEvaluation(Instant from, Instant to, int limit) {
        return jdbc.sql(AWAITING_EVALUATION).param("answered", CaseState.namesWhere(CaseState::answered))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("limit", limit)
                .query((rs, n) -> new AwaitingFollower(map(rs, n), rs.getString("case_ticket"),
                        rs.getTimestamp("answered_at").toInstant())).list();
    }

    /** The cases a resident joined (我也反映) with this phone, the latest joined first. */
    List<Follower> joinedWithPhone(String phone) {
        return jdbc.sql(FOLLOWERS + " where s.resident_phone = :phone and s.from_case_id is null order by s.joined_at desc, s.id desc limit 200")
                .param("phone", phone).query(MeTooRepository::map).list();
    }

    /** How many follow each case, besides the resident who opened it; cases nobody follows are absent. */
    Map<Long, Integer> counts(List<Long> caseIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!caseIds.isEmpty()) {
            jdbc.sql("select case_id, count(*) from case_supporter where case_id in (:ids) group by case_id").param("ids", caseIds)
                    .query((rs, n) -> counts.put(rs.getLong(1), rs.getInt(2))).list();
        }
        return counts;
    }

    void evaluate(long id, Satisfaction satisfaction, @Nullable String comment, Instant at) {
        jdbc.sql("update case_supporter set satisfaction = :s, evaluation_comment = :c, evaluated_at = :at where id = :id")
                .param("s", satisfaction.name()).param("c", comment, Types.VARCHAR).param("at", Timestamp.from(at))
                .param("id", id).update();
    }

    private static Follower map(ResultSet rs, int row) throws SQLException {
        long from = rs.getLong("from_case_id");
        Long fromCaseId = rs.wasNull() ? null : from;
        String satisfaction = rs.getString("satisfaction");
        return new Follower(rs.getLong("id"), rs.getLong("case_id"), fromCaseId, rs.getString("ticket"),
                rs.getString("resident_name"), rs.getString("resident_phone"), rs.getString("resident_email"), rs.getString("comment"),
                rs.getTimestamp("joined_at").toInstant(), satisfaction == null ? null : Satisfaction.valueOf(satisfaction),
                rs.getString("evaluation_comment"));
    }
}
