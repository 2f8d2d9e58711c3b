package org.mashang.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.cases.AssignmentState;
import org.mashang.cases.CaseList;
import org.mashang.cases.CaseState;
import org.mashang.cases.ListCursor;
import org.mashang.cases.ListPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The workbenches' lists of cases, a page at a time from where the last page ended (keyset, no rows skipped), and how
 * many each holds. Each list is one statement giving {@code c} (the cases, with the list's sort value as {@code list_key})
 * within a scope ({@link ScopeCondition}: {@code %1$s} what the scope sees, {@code %2$s} what its committee holds); a
 * page reads it from the cursor in the list's order, the count up to the cap.
 */
@Repository
@RequiredArgsConstructor
class CaseListRepository {

    /** A list's cases and its order. */
    @RequiredArgsConstructor
    private enum Source {
        /** One state, oldest first (the review queue) or newest first; read from (scope_key, state, submitted_at), V59. */
        STATE_OLDEST("select c.*, c.submitted_at list_key from cases c where (%1$s) and c.state = :state",
                new Keyset(Keyset.Kind.TIME, true)),
        STATE_NEWEST(STATE_OLDEST.from, new Keyset(Keyset.Kind.TIME, false)),
        /**
         * One branch per reason a case waits for the dispatcher, each with its state, so each reads its own index (as one
         * OR, every case of the scope was checked for an extension asked for); the longest waiting first. An extension is
         * asked for only while the case is with the departments, so that branch reads the scope's dispatched cases, not
         * the cases of every extension asked for in the province.
         */
        DISPATCH("""
                select c.*, c.updated_at list_key from (
                    select * from cases c where (%1$s) and (%2$s) and c.state in (:dispatchRequested, :reopened)
                    union
                    select * from cases c where (%1$s) and (%2$s) and c.state = :dispatched
                        and c.id in (select a.case_id from assignment a where a.state = :extensionRequested)
                    union
                    select * from cases c where (%1$s) and (%2$s) and c.state = :dispatched and not exists (
                            select 1 from assignment a where a.case_id = c.id and a.state <> :returned
                            and a.round = (select max(b.round) from assignment b where b.case_id = c.id))) c""",
                new Keyset(Keyset.Kind.TIME, true)),
        /**
         * A stage past its deadline and running; the most overdue first (its earliest open deadline). Read from the scope's
         * cases in a state with a clock ({@link CaseState#clocked}, from (scope_key, state, …)), each one's open stages
         * looked up by the case: written as "exists (…)", the planner read every overdue stage of the province and looked
         * each case up (25,000 buffers for a street's 123 overdue cases at 1,000,000; /dispatch 2.2 s at 10,000,000).
         */
        OVERDUE("""
                select c.*, o.list_key from cases c cross join lateral (
                    select min(s.due_at) list_key, bool_or(s.paused_at is null and s.due_at <= :now) overdue
                    from case_stage s where s.case_id = c.id and s.completed_at is null) o
                where (%1$s) and c.state = any(:clocked) and o.overdue""",
                new Keyset(Keyset.Kind.TIME, true));

        private final String from;
        private final Keyset order;
    }

    /**
     * A deputy's cases in each state of the groups asked for ({@code g}: each state with its group's number), read from
     * the cursor ({@code %1$s}) in the list's direction ({@code %2$s}) from each source's index a page at a time: their own
     * (V68: deputy, state, time changed), their station's pool (V68, only pool cases) and those they joined (联名, few),
     * rather than every case of the deputy (11,286 at 10,000,000 cases, most of them answered long ago). A pool case the
     * deputy answers for is read from two sources and kept once.
     */
    private static final String DEPUTY_SOURCES = """
            with g(state, grp) as (select * from unnest(cast(:states as varchar[]), cast(:groups as int[]))),
            m as (
                select g.grp, x.id, x.updated_at from g cross join lateral (
                    select x.id, x.updated_at from cases x where x.deputy_id = :deputy and x.state = g.state%1$s
                    order by x.updated_at %2$s, x.id %2$s limit :limit) x
                union
                select g.grp, x.id, x.updated_at from g cross join lateral (
                    select x.id, x.updated_at from cases x where x.pool and x.station_id = :station and x.state = g.state%1$s
                    order by x.updated_at %2$s, x.id %2$s limit :limit) x
                union
                select g.grp, x.id, x.updated_at from case_co_deputy j join cases x on x.id = j.case_id join g on g.state = x.state
                where j.deputy_id = :deputy%1$s)
            """;
    /** Each group's page: the first {@code :limit} of its states' pages merged in the list's order. */
    private static final String DEPUTY_PAGES = DEPUTY_SOURCES + """
            select grp, id, list_key from (select m.grp, m.id, m.updated_at list_key,
                    row_number() over (partition by m.grp order by m.updated_at %2$s, m.id %2$s) n from m) w
            where n <= :limit order by grp, n""";
    /**
     * How many cases each group holds, counted from the indexes alone in three parts that do not overlap (a pool case the
     * deputy answers for counted as their own, a joined case only when neither), each state's part up to the cap.
     */
    private static final String DEPUTY_COUNTS = """
            select g.grp, sum((select count(*) from (select 1 from cases x where x.deputy_id = :deputy and x.state = g.state
                                   limit :cap) t)
                    + (select count(*) from (select 1 from cases x where x.pool and x.station_id = :station and x.state = g.state
                                   and x.deputy_id is distinct from :deputy limit :cap) t)
                    + (select count(*) from case_co_deputy j join cases x on x.id = j.case_id where j.deputy_id = :deputy
                                   and x.state = g.state and x.deputy_id is distinct from :deputy
                                   and not (x.pool and x.station_id = :station))) count
            from unnest(cast(:states as varchar[]), cast(:groups as int[])) g(state, grp) group by g.grp""";
    private static final Keyset CHANGED = new Keyset(Keyset.Kind.TIME, false);

    private final JdbcClient jdbc;

    /** A page of a committee's list and its count. */
    ListPage<CaseRecord> page(CaseList list, CaseScope scope, @Nullable ListCursor from, Instant now) {
        Source source = switch (list) {
            case REVIEW -> Source.STATE_OLDEST;
            case CLOSED, RESOLVED, DISPATCHED -> Source.STATE_NEWEST;
            case DISPATCH -> Source.DISPATCH;
            case OVERDUE -> Source.OVERDUE;
        };
        CaseState state = switch (list) {
            case REVIEW -> CaseState.SUBMITTED;
            case CLOSED -> CaseState.CLOSED;
            case RESOLVED -> CaseState.RESOLVED;
            default -> CaseState.DISPATCHED;
        };
        return page(source, scope, from, s -> s.param("state", state.name()).param("now", Timestamp.from(now))
                .param("dispatchRequested", CaseState.DISPATCH_REQUESTED.name()).param("reopened", CaseState.REOPENED.name())
                .param("extensionRequested", AssignmentState.EXTENSION_REQUESTED.name())
                .param("dispatched", CaseState.DISPATCHED.name()).param("returned", AssignmentState.RETURNED.name())
                .param("clocked", CaseState.namesWhere(CaseState::clocked)));
    }

    /**
     * A deputy's cases in groups of states, the most recently changed first: each group's count and first page (ids and
     * sort values, {@link ListPage#SIZE} + 1 of them), each read from its sources' indexes in the list's order — the same
     * cases as {@link ScopeCondition#DEPUTY}'s.
     *
     * @param groups each group's states
     */
    List<DeputyGroup> deputyGroups(CaseScope.Deputy deputy, List<Set<CaseState>> groups) {
        List<List<ListPaging.Keyed<Long>>> rows = new ArrayList<>();
        long[] counts = new long[groups.size()];
        groups.forEach(g -> rows.add(new ArrayList<>()));
        deputyStatement(DEPUTY_PAGES, deputy, groups, null).query(rs -> {
            rows.get(rs.getInt("grp")).add(new ListPaging.Keyed<>(rs.getLong("id"), CHANGED.key(rs), rs.getLong("id")));
        });
        deputyParams(jdbc.sql(DEPUTY_COUNTS), deputy, groups).param("cap", ListPage.COUNT_CAP + 1)
                .query(rs -> {
                    // each state's part is counted up to the cap: past it, their sum says "more than the cap", no more
                    counts[rs.getInt("grp")] = Math.min(rs.getLong("count"), ListPage.COUNT_CAP + 1);
                });
        List<DeputyGroup> read = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            read.add(new DeputyGroup(rows.get(g), counts[g]));
        }
        return read;
    }

    /** A page of a deputy's cases in these states from a cursor (ids and sort values, in reading order). */
    List<ListPaging.Keyed<Long>> deputyPage(CaseScope.Deputy deputy, Set<CaseState> states, ListCursor from) {
        return deputyStatement(DEPUTY_PAGES, deputy, List.of(states), from)
                .query((rs, n) -> new ListPaging.Keyed<>(rs.getLong("id"), CHANGED.key(rs), rs.getLong("id"))).list();
    }

    /** A statement over the deputy's sources read from the cursor, with its parameters bound. */
    private JdbcClient.StatementSpec deputyStatement(String statement, CaseScope.Deputy deputy, List<Set<CaseState>> groups,
                                                     @Nullable ListCursor from) {
        String sql = statement.formatted(CHANGED.condition(from, "x.updated_at", "x.id"), CHANGED.direction(from));
        return CHANGED.bind(deputyParams(jdbc.sql(sql), deputy, groups), from).param("limit", ListPage.SIZE + 1);
    }

    /** The deputy, their station, and the groups bound as two arrays: each state with its group's number. */
    private static JdbcClient.StatementSpec deputyParams(JdbcClient.StatementSpec spec, CaseScope.Deputy deputy,
                                                         List<Set<CaseState>> groups) {
        List<String> states = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (CaseState state : groups.get(g)) {
                states.add(state.name());
                indexes.add(g);
            }
        }
        return spec.param("deputy", deputy.deputyId()).param("station", deputy.stationId())
                .param("states", states.toArray(String[]::new)).param("groups", indexes.toArray(Integer[]::new));
    }

    /** A group of a deputy's cases as read: its first page's ids in order, and how many it holds. */
    record DeputyGroup(List<ListPaging.Keyed<Long>> rows, long count) {
    }

    private ListPage<CaseRecord> page(Source source, CaseScope scope, @Nullable ListCursor from,
                                      java.util.function.UnaryOperator<JdbcClient.StatementSpec> params) {
        ScopeCondition where = ScopeCondition.of(scope);
        String cases = source.from.formatted(where.sees, where.holds);
        Keyset order = source.order;
        List<ListPaging.Keyed<CaseRecord>> rows = order.bind(params.apply(jdbc.sql(order.page(cases, from))
                        .params(ScopeCondition.params(scope))), from).param("limit", ListPage.SIZE + 1)
                .query((rs, n) -> new ListPaging.Keyed<>(CaseRepository.map(rs, n), order.key(rs), rs.getLong("id"))).list();
        long count = params.apply(jdbc.sql(Keyset.count(cases)).params(ScopeCondition.params(scope)))
                .param("cap", ListPage.COUNT_CAP + 1).query(Long.class).single();
        return ListPaging.page(rows, from, count);
    }
}
