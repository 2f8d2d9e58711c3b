package org.mashang.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.mashang.notify.ChannelKind;
import org.mashang.notify.OutboundMessage;
import org.mashang.notify.RecipientKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notification outbox table. Rows are written inside the transaction of the change that causes them; the
 * worker claims due rows with {@code FOR UPDATE SKIP LOCKED}, so two instances never hold the same row, and
 * every later update is fenced by the claim token, so a worker whose lease ran out cannot overwrite the result of
 * the one that took over.
 */
@Repository
@RequiredArgsConstructor
public class Outbox {

    public enum Status { PENDING, SENDING, SENT, FAILED }

    static final String TEXT_REMOVED = "（内容含验证码，发送后已隐去）";

    private static final String COLUMNS = """
            id, idempotency_key, template_key, locale, recipient_kind, recipient_name, channel, address, subject, body,
            params::text as params, case_id, ticket, status, attempts, next_attempt_at, lease_until, claim_token, claimed_by,
            last_error, provider_id, sensitive, created_at, updated_at, sent_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    /** A notification to write, rendered already. */
    public record Entry(String idempotencyKey, String templateKey, String locale, RecipientKind recipientKind, String recipientName,
                        ChannelKind channel, String address, String subject, String body, Map<String, String> params, Long caseId,
                        String ticket, boolean sensitive) {
    }

    public record Row(long id, String idempotencyKey, String templateKey, String locale, RecipientKind recipientKind,
                      String recipientName, ChannelKind channel, String address, String subject, String body,
                      Map<String, String> params, Long caseId, String ticket, Status status, int attempts, Instant nextAttemptAt,
                      Instant leaseUntil, UUID claimToken, String claimedBy, String lastError, String providerId, boolean sensitive,
                      Instant createdAt, Instant updatedAt, Instant sentAt) {

        public OutboundMessage message() {
            return new OutboundMessage(id, templateKey, address, subject, body, params);
        }
    }

    /** @return the new row's id; empty when a row with the same idempotency key exists (the event came twice) */
    public Optional<Long> enqueue(Entry e, Status status, String error, Instant now) {
        return jdbc.sql("""
                        insert into notification_outbox (idempotency_key, template_key, locale, recipient_kind, recipient_name, channel,
                               address, subject, body, params, case_id, ticket, status, next_attempt_at, last_error, sensitive,
                               created_at, updated_at)
                        values (:key, :template, :locale, :kind, :name, :channel, :address, :subject, :body, cast(:params as jsonb),
                                :case, :ticket, :status, :now, :error, :sensitive, :now, :now)
                        on conflict (idempotency_key) do nothing
                        returning id""")
                .param("key", e.idempotencyKey()).param("template", e.templateKey()).param("locale", e.locale())
                .param("kind", e.recipientKind().name()).param("name", truncate(e.recipientName(), 100))
                .param("channel", e.channel().name()).param("address", truncate(e.address(), 200))
                .param("subject", truncate(e.subject(), 200)).param("body", truncate(e.body(), 2000))
                .param("params", json.writeValueAsString(e.params())).param("case", e.caseId()).param("ticket", e.ticket())
                .param("status", status.name()).param("now", Timestamp.from(now)).param("error", error)
                .param("sensitive", e.sensitive())
                .query(Long.class).optional();
    }

    /**
     * Takes up to {@code limit} rows that are due (PENDING and their time has come, or SENDING with an expired lease:
     * their worker died) and marks them SENDING for this worker until the lease ends, counting the attempt. Each kind is
     * read in the order of its own partial index, expired leases first (they have waited longest): a backlog of due rows
     * (a provider down for an hour) costs a claim the rows it takes, not a scan and sort of the whole backlog.
     *
     * @param onlyId just this row, when not null (a one-time code is sent at once)
     */
    public List<Row> claim(int limit, Instant now, Duration lease, String worker, Long onlyId) {
        UUID token = UUID.randomUUID();
        List<Row> claimed = new ArrayList<>();
        if (onlyId != null) {
            claimed.addAll(claiming(jdbc.sql("""
                    update notification_outbox o
                    set status = :sending, attempts = o.attempts + 1, lease_until = :lease, claim_token = :token,
                        claimed_by = :worker, updated_at = :now
                    where o.id in (select id from notification_outbox
                                   where id = :only and ((status = :pending and next_attempt_at <= :now)
                                                         or (status = :sending and lease_until < :now))
                                   for update skip locked)
                    returning\s""" + COLUMNS).param("only", onlyId), now, lease, worker, token));
            return claimed;
        }
        claimed.addAll(claiming(jdbc.sql("""
                update notification_outbox o
                set status = :sending, attempts = o.attempts + 1, lease_until = :lease, claim_token = :token,
                    claimed_by = :worker, updated_at = :now
                where o.id in (select id from notification_outbox
                               where status = :sending and lease_until < :now
                               order by lease_until, id limit :limit
                               for update skip locked)
                returning\s""" + COLUMNS).param("limit", limit), now, lease, worker, token));
        if (claimed.size() < limit) {
            claimed.addAll(claiming(jdbc.sql("""
                    update notification_outbox o
                    set status = :sending, attempts = o.attempts + 1, lease_until = :lease, claim_token = :token,
                        claimed_by = :worker, updated_at = :now
                    where o.id in (select id from notification_outbox
                                   where status = :pending and next_attempt_at <= :now
                                   order by next_attempt_at, id limit :limit
                                   for update skip locked)
                    returning\s""" + COLUMNS).param("limit", limit - claimed.size()), now, lease, worker, token));
        }
        // RETURNING keeps no order: oldest first
        claimed.sort(Comparator.comparing(Row::nextAttemptAt).thenComparing(Row::id));
        return claimed;
    }

    /** Binds what every claim sets and runs it. */
    private List<Row> claiming(JdbcClient.StatementSpec claim, Instant now, Duration lease, String worker, UUID token) {
        return claim.param("sending", Status.SENDING.name()).param("pending", Status.PENDING.name())
                .param("lease", Timestamp.from(now.plus(lease))).param("token", token).param("worker", worker)
                .param("now", Timestamp.from(now)).query(this::map).list();
    }

    /** @return false when the claim was lost (the lease ran out and another worker took the row over) */
    public boolean markSent(Row row, Instant now, String providerId) {
        return finished(row, now, true, jdbc.sql("""
                        update notification_outbox set status = :status, sent_at = :now, provider_id = :provider, last_error = null,
                               body = case when :scrub then :removed else body end,
                               params = case when :scrub then '{}'::jsonb else params end,
                               lease_until = null, claim_token = null, updated_at = :now
                        where id = :id and status = :sending and claim_token = :token""")
                .param("status", Status.SENT.name()).param("provider", truncate(providerId, 200)));
    }

    /** Back in the queue: the text of a one-time code stays until it is delivered or given up. */
    public boolean retryLater(Row row, Instant now, Instant next, String error) {
        return finished(row, now, false, jdbc.sql("""
                        update notification_outbox set status = :status, next_attempt_at = :next, last_error = :error,
                               lease_until = null, claim_token = null, updated_at = :now
                        where id = :id and status = :sending and claim_token = :token""")
                .param("status", Status.PENDING.name()).param("next", Timestamp.from(next)).param("error", truncate(error, 1000)));
    }

    public boolean markFailed(Row row, Instant now, String error) {
        return finished(row, now, true, jdbc.sql("""
                        update notification_outbox set status = :status, last_error = :error,
                               body = case when :scrub then :removed else body end,
                               params = case when :scrub then '{}'::jsonb else params end,
                               lease_until = null, claim_token = null, updated_at = :now
                        where id = :id and status = :sending and claim_token = :token""")
                .param("status", Status.FAILED.name()).param("error", truncate(error, 1000)));
    }

    /** Binds the claim the worker holds; a delivered or given-up one-time code loses its text ({@code ends}). */
    private static boolean finished(Row row, Instant now, boolean ends, JdbcClient.StatementSpec update) {
        var spec = update.param("id", row.id()).param("token", row.claimToken()).param("now", Timestamp.from(now))
                .param("sending", Status.SENDING.name());
        if (ends) {
            spec = spec.param("scrub", row.sensitive()).param("removed", TEXT_REMOVED);
        }
        return spec.update() == 1;
    }

    /** Puts a FAILED notification back in the queue with a fresh count of attempts. */
    public boolean resend(long id, Instant now) {
        return jdbc.sql("""
                        update notification_outbox set status = :pending, attempts = 0, next_attempt_at = :now, updated_at = :now
                        where id = :id and status = :failed and not sensitive""")
                .param("pending", Status.PENDING.name()).param("failed", Status.FAILED.name()).param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from notification_outbox where id = :id").param("id", id).query(this::map).optional();
    }

    public List<Row> ofCase(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from notification_outbox where case_id = :c order by id").param("c", caseId)
                .query(this::map).list();
    }

    /** The latest rows, of one status or of any. */
    public List<Row> latest(Status status, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notification_outbox where (cast(:status as varchar) is null or status = :status)"
                        + " order by updated_at desc, id desc limit :limit")
                .param("status", status == null ? null : status.name()).param("limit", limit).query(this::map).list();
    }

    public Map<Status, Long> counts() {
        Map<Status, Long> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
        jdbc.sql("select status, count(*) n from notification_outbox group by status")
                .query((rs, n) -> Map.entry(Status.valueOf(rs.getString("status")), rs.getLong("n")))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private Row map(ResultSet rs, int n) throws SQLException {
        long caseId = rs.getLong("case_id");
        Long caseIdOrNull = rs.wasNull() ? null : caseId;
        Map<String, String> params = json.readValue(rs.getString("params"), new TypeReference<Map<String, String>>() { });
        return new Row(rs.getLong("id"), rs.getString("idempotency_key"), rs.getString("template_key"), rs.getString("locale"),
                RecipientKind.valueOf(rs.getString("recipient_kind")), rs.getString("recipient_name"),
                ChannelKind.valueOf(rs.getString("channel")), rs.getString("address"), rs.getString("subject"),
                rs.getString("body"), params, caseIdOrNull, rs.getString("ticket"), Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"), instant(rs, "next_attempt_at"), instant(rs, "lease_until"),
                rs.getObject("claim_token", UUID.class), rs.getString("claimed_by"), rs.getString("last_error"),
                rs.getString("provider_id"), rs.getBoolean("sensitive"), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
