package org.mashang.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.cases.CaseSearch.Cursor;
import org.mashang.cases.CaseSearch.Filter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Staff search over the cases of one {@link CaseScope}: a ticket, phone numbers, or words found through the bigram index
 * (V40), narrowed by filters, one keyset page at a time. Only the conditions a search uses are in its statement, so the
 * planner sees each search as it is (an unused filter written as "or :x is null" would hide the indexes from it).
 */
@Repository
class CaseSearchRepository {

    /** The scope's newest cases that match and pass the filters and the cursor ({@link #newest}). */
    private static final String SEARCH = """
            select * from cases c where %s order by c.submitted_at desc, c.id desc limit :limit""";
    /** The newest cases after the cursor, read in the order of the index until a page is full or {@code :window} are read. */
    private static final String NEWEST = """
            select * from (select * from cases c where %s order by c.submitted_at desc, c.id desc limit :window) c
            where (%s) and %s and %s order by c.submitted_at desc, c.id desc limit :limit""";
    /** The same newest cases as a sample for {@link SearchPlan}: how many have the words' bigrams, how many are in scope. */
    private static final String SAMPLE = """
            select count(*) as read, count(*) filter (where c.search_bigrams @@ search_query(:words)) as words,
                   count(*) filter (where (%s) and %s) as scoped,
                   (select greatest(reltuples, 0)::bigint from pg_class where oid = 'cases'::regclass) as total
            from (select * from cases c where %s order by c.submitted_at desc, c.id desc limit :window) c""";
    /** The scope's newest cases that pass the filters and the cursor (from their own indexes), then the words among them. */
    private static final String SEARCH_SCOPE = """
            select * from (select * from cases c where %s order by c.submitted_at desc, c.id desc limit :window) c
            where %s order by c.submitted_at desc, c.id desc limit :limit""";
    /** How many of the newest cases after the cursor are read as the sample {@link SearchPlan} chooses by. */
    static final int SAMPLE_SIZE = 2_000;
    /** How many of the scope's newest cases (that pass the filters) the words are looked for in by {@link SearchPlan#SCOPE}. */
    static final int SCOPE_WINDOW = 10_000;
    private static final String TICKET = "c.ticket = :ticket";
    private static final String PHONE = "c.resident_phone = any(:phones)";
    /** The bigrams pick the rows, then each word must be in the text whole. */
    private static final String WORDS = """
            c.search_bigrams @@ search_query(:words) and (select bool_and(strpos(search_text_norm(c.message_text || ' '
                || coalesce(c.public_text, '') || ' ' || coalesce(c.resident_name, '')), w) > 0) from unnest(search_words(:words)) w)""";
    private static final String AFTER = "(c.submitted_at, c.id) < (:afterAt, :afterId)";
    /** Each filter's condition, bound to the parameter named after it (a flag is bound to the time of the search). */
    private static final Map<Filter, String> FILTERS = new EnumMap<>(Map.of(
            Filter.STATE, "c.state = :state",
            Filter.CATEGORY, "c.category_id = :category",
            Filter.BLOCK, "c.block_id = :block",
            Filter.DEPUTY, "c.deputy_id = :deputy",
            Filter.URGENCY, "c.urgency = :urgency",
            Filter.DEPARTMENT, "exists (select 1 from assignment a where a.case_id = c.id and a.department_id = :department)",
            Filter.OVERDUE, """
                    exists (select 1 from case_stage s where s.case_id = c.id and s.completed_at is null and s.paused_at is null
                        and s.due_at <= :overdue)"""));

    private final JdbcClient jdbc;
    private final int sampleSize;
    /** The plan every word search takes, for tests that check each gives the same pages; null: chosen by the sample. */
    private final @Nullable SearchPlan forced;

    @org.springframework.beans.factory.annotation.Autowired
    CaseSearchRepository(JdbcClient jdbc) {
        this(jdbc, SAMPLE_SIZE, null);
    }

    CaseSearchRepository(JdbcClient jdbc, int sampleSize, @Nullable SearchPlan forced) {
        this.jdbc = jdbc;
        this.sampleSize = sampleSize;
        this.forced = forced;
        if (FILTERS.size() != Filter.values().length) {
            throw new IllegalStateException("a search filter has no condition");
        }
    }

    /** What to look for: at most one of ticket, phones (their stored forms) and words is set. */
    record Match(String ticket, List<String> phones, String words) {
    }

    List<CaseRecord> search(CaseScope scope, Match match, Map<Filter, Object> filters, Cursor after, int limit, Instant now) {
        ScopeCondition where = ScopeCondition.of(scope);
        String matching = match.ticket() != null ? TICKET : match.phones() != null ? PHONE : match.words() != null ? WORDS : "true";
        StringBuilder filtered = new StringBuilder("true");
        filters.keySet().forEach(f -> filtered.append(" and ").append(FILTERS.get(f)));
        String cursor = after == null ? "true" : AFTER;
        String rest = filtered + " and " + cursor;
        if (match.words() != null) {
            Statements s = new Statements(scope, match, filters, after, limit, now);
            SearchPlan.Sample sample = s.spec(SAMPLE.formatted(where.checked, filtered, cursor), sampleSize)
                    .query((rs, n) -> new SearchPlan.Sample(rs.getLong("read"), rs.getLong("words"), rs.getLong("scoped"),
                            rs.getLong("total"))).single();
            // fewer cases after the cursor than the sample holds: walking them all is the whole answer
            // a street's cases without a filter are read newest first from their own index (V69)
            // and a scope in parts reads each part so (newestThen)
            boolean ordered = scope instanceof CaseScope.Street && filters.isEmpty() || !where.parts.isEmpty();
            SearchPlan plan = sample.read() < sampleSize ? SearchPlan.WALK
                    : forced != null ? forced : SearchPlan.choose(sample, limit, ordered);
            List<CaseRecord> planned = switch (plan) {
                case WALK -> s.list(NEWEST.formatted(cursor, where.checked, filtered, matching), SearchPlan.walkBound(sample, limit));
                case SCOPE -> s.list(where.parts.isEmpty() ? SEARCH_SCOPE.formatted(newest(where, rest, "window"), matching)
                        : SEARCH.formatted(newestThen(where, rest, matching)), SCOPE_WINDOW);
                case BIGRAMS -> List.of();
            };
            // a full page read newest first ends the search: nothing older can come before it; else the estimate was
            // wrong (or the window too small) and the bigrams answer for sure
            if (planned.size() == limit || sample.read() < sampleSize) {
                return planned;
            }
        }
        String found = newest(where, matching + " and " + rest, "limit");
        return bind(jdbc.sql(SEARCH.formatted(found)), scope, match, filters, after, limit, now)
                .query(CaseRepository::map).list();
    }

    /**
     * The scope's newest {@code :limitParam} cases that meet {@code condition}, as a condition on {@code cases c}: the scope's
     * condition itself, or, for a scope in {@link ScopeCondition#parts}, the ids of the newest of each part, merged.
     */
    private static String newest(ScopeCondition where, String condition, String limitParam) {
        if (where.parts.isEmpty()) {
            return "(" + where.sees + ") and " + condition;
        }
        String union = where.parts.stream().map(part -> "(select c.id, c.submitted_at from cases c where (" + part + ") and "
                + condition + " order by c.submitted_at desc, c.id desc limit :" + limitParam + ")").collect(Collectors.joining(" union "));
        return "c.id in (select u.id from (" + union + ") u order by u.submitted_at desc, u.id desc limit :" + limitParam + ")";
    }

    /**
     * For a scope in parts: each part's newest cases that meet {@code condition}, read in index order until a page of them
     * also meets {@code then} (at most {@code :window} read), merged. The bigram index would read a common word's every
     * case for a deputy's few (69,575 bigram rows for 路灯, 126 ms at 1,000,000 cases).
     */
    private static String newestThen(ScopeCondition where, String condition, String then) {
        String union = where.parts.stream().map(part -> "(select c.id, c.submitted_at from (select * from cases c where (" + part
                + ") and " + condition + " order by c.submitted_at desc, c.id desc limit :window) c where " + then
                + " order by c.submitted_at desc, c.id desc limit :limit)").collect(Collectors.joining(" union "));
        return "c.id in (select u.id from (" + union + ") u order by u.submitted_at desc, u.id desc limit :limit)";
    }

    /** The statements of one search, bound alike. */
    @RequiredArgsConstructor
    private final class Statements {
        private final CaseScope scope;
        private final Match match;
        private final Map<Filter, Object> filters;
        private final Cursor after;
        private final int limit;
        private final Instant now;

        JdbcClient.StatementSpec spec(String sql, long window) {
            return bind(jdbc.sql(sql).param("window", window), scope, match, filters, after, limit, now);
        }

        List<CaseRecord> list(String sql, long window) {
            return spec(sql, window).query(CaseRepository::map).list();
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, CaseScope scope, Match match,
                                                 Map<Filter, Object> filters, Cursor after, int limit, Instant now) {
        spec = spec.params(ScopeCondition.params(scope)).param("limit", limit);
        if (match.ticket() != null) {
            spec = spec.param("ticket", match.ticket());
        } else if (match.phones() != null) {
            spec = spec.param("phones", match.phones().toArray(String[]::new));
        } else if (match.words() != null) {
            spec = spec.param("words", match.words());
        }
        for (var f : filters.entrySet()) {
            Object value = f.getKey().kind() == Filter.Kind.FLAG ? Timestamp.from(now) : f.getValue();
            spec = spec.param(f.getKey().param(), value);
        }
        if (after != null) {
            spec = spec.param("afterAt", Timestamp.from(after.submittedAt())).param("afterId", after.id());
        }
        return spec;
    }
}
