package org.mashang.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    private static final String SEARCH = """
            select * from cases c where (%s) and %s and %s order by c.submitted_at desc, c.id desc limit :limit""";
    /**
     * Words first among the newest cases of the scope (and filters): a word in a few per cent of a million cases fills a
     * page there, read in the order of the index. The planner cannot see that itself: it takes a word's bigrams for
     * independent, estimates their AND as rare, and would check every one of some 60,000 cases that have them all.
     */
    private static final String SEARCH_NEWEST = """
            select * from (select * from cases c where (%s) and %s order by c.submitted_at desc, c.id desc limit :window) c
            where %s order by c.submitted_at desc, c.id desc limit :limit""";
    /** How many of the newest cases the words are looked for in first. */
    private static final int WINDOW = 10_000;
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

    CaseSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        StringBuilder rest = new StringBuilder("true");
        filters.keySet().forEach(f -> rest.append(" and ").append(FILTERS.get(f)));
        if (after != null) {
            rest.append(" and ").append(AFTER);
        }
        if (match.words() != null) {
            List<CaseRecord> newest = bind(jdbc.sql(SEARCH_NEWEST.formatted(where.sees, rest, matching)).param("window", WINDOW),
                    scope, match, filters, after, limit, now).query(CaseRepository::map).list();
            if (newest.size() == limit) {
                return newest; // a full page among the newest: nothing older can come before it
            }
        }
        return bind(jdbc.sql(SEARCH.formatted(where.sees, matching, rest)), scope, match, filters, after, limit, now)
                .query(CaseRepository::map).list();
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
