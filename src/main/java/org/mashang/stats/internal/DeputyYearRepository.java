package org.mashang.stats.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.stats.internal.Counts.Monthly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The deputies' league per deputy and year ({@code stat_deputy_year}): kept with each change by the statistics recorders,
 * read a page at a time in the order of a column's index ({@link LeagueSort}).
 */
@Repository
@RequiredArgsConstructor
class DeputyYearRepository {

    /** A deputy's figures of a year. */
    record DeputyYear(long deputyId, long received, long firstReplies, long firstReplyOnTime, long residentReplyDone,
                      long residentReplyOnTime, long evaluated, long satisfied, long closed, long reopened, long receptions,
                      long activities, long proposalsLed) {

        static final DeputyYear NONE = new DeputyYear(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The records counted per deputy beside the cases, each a column of the row. */
    enum Record {
        RECEPTIONS, ACTIVITIES, PROPOSALS_LED
    }

    private static final String CASES = """
            insert into stat_deputy_year as y (year, deputy_id, scope_key, received, first_replies, first_reply_on_time,
                resident_reply_done, resident_reply_on_time, evaluated, satisfied, closed, reopened)
            values (:year, :deputy, :scope, :received, :firstReplies, :firstReplyOnTime, :residentReplyDone, :residentReplyOnTime,
                :evaluated, :satisfied, :closed, :reopened)
            on conflict (year, deputy_id) do update set
                received = y.received + excluded.received, first_replies = y.first_replies + excluded.first_replies,
                first_reply_on_time = y.first_reply_on_time + excluded.first_reply_on_time,
                resident_reply_done = y.resident_reply_done + excluded.resident_reply_done,
                resident_reply_on_time = y.resident_reply_on_time + excluded.resident_reply_on_time,
                evaluated = y.evaluated + excluded.evaluated, satisfied = y.satisfied + excluded.satisfied,
                closed = y.closed + excluded.closed, reopened = y.reopened + excluded.reopened""";
    /** One more (or one less) record for each of the deputies; %s is the record's column. */
    private static final String RECORD = """
            insert into stat_deputy_year as y (year, deputy_id, scope_key, %1$s)
            select :year, d, :scope, :add from unnest(cast(:deputies as bigint[])) d
            on conflict (year, deputy_id) do update set %1$s = y.%1$s + excluded.%1$s""";
    /** The ranked deputies of a column, a page in its order; %1$s the ranking condition and filters, %2$s the order. */
    private static final String RANKED = "select * from stat_deputy_year where year = :year and %1$s order by %2$s limit :limit offset :offset";
    private static final String RANKED_IDS = "select deputy_id from stat_deputy_year where year = :year and %1$s";
    private static final String OF = "select * from stat_deputy_year where year = :year and deputy_id = any(:ids)";

    private final JdbcClient jdbc;

    /** Adds a change of the case loop to the league's counters of the case's deputy, in the year the case was received. */
    void addCases(int year, long deputyId, String scopeKey, Counts<Monthly> add) {
        int satisfied = (int) add.amount(Monthly.SATISFIED) + (int) add.amount(Monthly.BASICALLY_SATISFIED);
        int[] amounts = {(int) add.amount(Monthly.RECEIVED), (int) add.amount(Monthly.FIRST_REPLIES),
                (int) add.amount(Monthly.FIRST_REPLY_ON_TIME), (int) add.amount(Monthly.RESIDENT_REPLY_DONE),
                (int) add.amount(Monthly.RESIDENT_REPLY_ON_TIME), (int) add.amount(Monthly.EVALUATED), satisfied,
                (int) add.amount(Monthly.CLOSED), (int) add.amount(Monthly.REOPENED)};
        if (java.util.Arrays.stream(amounts).allMatch(a -> a == 0)) {
            return; // a change the league does not count (a review, an escalation …)
        }
        jdbc.sql(CASES).param("year", year).param("deputy", deputyId).param("scope", scopeKey)
                .param("received", amounts[0]).param("firstReplies", amounts[1]).param("firstReplyOnTime", amounts[2])
                .param("residentReplyDone", amounts[3]).param("residentReplyOnTime", amounts[4]).param("evaluated", amounts[5])
                .param("satisfied", amounts[6]).param("closed", amounts[7]).param("reopened", amounts[8]).update();
    }

    /** Counts a record (or takes it back with {@code add} -1) for each of its deputies in the year it was held or submitted. */
    void addRecord(Record record, int year, Collection<Long> deputyIds, String scopeKey, int add) {
        if (deputyIds.isEmpty()) {
            return;
        }
        jdbc.sql(RECORD.formatted(record.name().toLowerCase(java.util.Locale.ROOT))).param("year", year).param("scope", scopeKey)
                .param("add", add).param("deputies", deputyIds.toArray(Long[]::new)).update();
    }

    /**
     * A page of the deputies the column ranks, in its order (low to high: ties by id the other way round, as the index
     * read backwards has them), from {@code offset}.
     *
     * @param deputies only these (a station's), or null for the whole region
     */
    List<DeputyYear> ranked(int year, LeagueSort sort, boolean ascending, int minimum, String scope, @Nullable Collection<Long> deputies,
                            int offset, int limit) {
        String order = ascending ? sort.orderBy + " asc, deputy_id desc" : sort.orderBy + " desc, deputy_id";
        return filtered(RANKED.formatted(where(sort, scope, deputies), order), year, minimum, scope, deputies)
                .param("offset", offset).param("limit", limit).query(DeputyYear.class).list();
    }

    /** Every deputy the column ranks (ids only, from its index): for the pages past them. */
    Set<Long> rankedIds(int year, LeagueSort sort, int minimum, String scope, @Nullable Collection<Long> deputies) {
        return new HashSet<>(filtered(RANKED_IDS.formatted(where(sort, scope, deputies)), year, minimum, scope, deputies)
                .query(Long.class).list());
    }

    /** The figures of these deputies in the year (none for a deputy without any). */
    Map<Long, DeputyYear> of(int year, Collection<Long> deputies) {
        Map<Long, DeputyYear> out = new HashMap<>();
        if (!deputies.isEmpty()) {
            jdbc.sql(OF).param("year", year).param("ids", deputies.toArray(Long[]::new)).query(DeputyYear.class).list()
                    .forEach(y -> out.put(y.deputyId(), y));
        }
        return out;
    }

    /** The column's ranking condition (its partial index's, and the minimum for a rate) and the region's or station's. */
    private static String where(LeagueSort sort, String scope, @Nullable Collection<Long> deputies) {
        StringBuilder where = new StringBuilder(sort.ranked).append(" > 0");
        if (sort.minimumOf != null) {
            where.append(" and ").append(sort.minimumOf).append(" >= :minimum");
        }
        if (!scope.isEmpty()) {
            where.append(" and scope_key like :scope");
        }
        if (deputies != null) {
            where.append(" and deputy_id = any(:deputies)");
        }
        return where.toString();
    }

    private JdbcClient.StatementSpec filtered(String statement, int year, int minimum, String scope, @Nullable Collection<Long> deputies) {
        JdbcClient.StatementSpec spec = jdbc.sql(statement).param("year", year);
        if (statement.contains(":minimum")) {
            spec = spec.param("minimum", minimum);
        }
        if (!scope.isEmpty()) {
            spec = spec.param("scope", scope + "%");
        }
        if (deputies != null) {
            spec = spec.param("deputies", deputies.toArray(Long[]::new));
        }
        return spec;
    }
}
