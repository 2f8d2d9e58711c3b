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
         * OR, every case of the scope was checked for an extension asked for); the longest waiting first.
         */
        DISPATCH("""
                select c.*, c.updated_at list_key from (
                    select * from cases c where (%1$s) and (%2$s) and c.state in (:dispatchRequested, :reopened)
                    union
                    select * from cases c where (%1$s) and (%2$s)
                        and c.id in (select a.case_id from assignment a where a.state = :extensionRequested)
                    union
                    select * from cases c where (%1$s) and (%2$s) and c.state = :dispatched and not exists (
                            select 1 from assignment a where a.case_id = c.id and a.state <> :returned
                            and a.round = (select max(b.round) from assignment b where b.case_id = c.id))) c""",
                new Keyset(Keyset.Kind.TIME, true)),
        /** A stage past its deadline and running; the most overdue first (its earliest open deadline). */
        OVERDUE("""
                select c.*, (select min(s.due_at) from case_stage s where s.case_id = c.id and s.completed_at is null) list_key
                from cases c where (%1$s) and exists (select 1 from case_stage s where s.case_id = c.id
                        and s.completed_at is null and s.paused_at is null and s.due_at <= :now)""",
                new Keyset(Keyset.Kind.TIME, true));

        private final String from;
        private final Keyset order;
    }

    /** A deputy's cases, narrow: their own, their station's pool and those they joined (联名). */
    private static final String DEPUTY_CASES = """
            select x.id, x.state, x.updated_at from cases x where x.deputy_id = :deputy
            union select x.id, x.state, x.updated_at from cases x where x.pool and x.station_id = :station
            union select x.id, x.state, x.updated_at from case_co_deputy j join cases x on x.id = j.case_id
                  where j.deputy_id = :deputy""";
    /** Each group's first page and count: the groups are bound as two arrays, each state with its group's number. */
    private static final String DEPUTY_GROUPS = """
            select grp, id, list_key, count from (
                select g.grp, m.id, m.updated_at list_key, count(*) over (partition by g.grp) count,
                       row_number() over (partition by g.grp order by m.updated_at desc, m.id desc) n
                from (%s) m join unnest(cast(:states as varchar[]), cast(:groups as int[])) g(state, grp) on g.state = m.state) w
            where n <= :limit order by grp, n""".formatted(DEPUTY_CASES);
    private static final String DEPUTY_IN_STATES = "select m.id, m.updated_at list_key from (" + DEPUTY_CASES
            + ") m where m.state = any(:states)";
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
                .param("dispatched", CaseState.DISPATCHED.name()).param("returned", AssignmentState.RETURNED.name()));
    }

    /**
     * A deputy's cases in groups of states, the most recently changed first: each group's count and first page (ids and
     * sort values, {@link ListPage#SIZE} + 1 of them), in one statement over the deputy's cases read narrow from their
     * three sources — the same as {@link ScopeCondition#DEPUTY}'s — rather than each case's row once per group.
     *
     * @param groups each group's states
     */
    List<DeputyGroup> deputyGroups(CaseScope.Deputy deputy, List<Set<CaseState>> groups) {
        List<String> states = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (CaseState state : groups.get(g)) {
                states.add(state.name());
                indexes.add(g);
            }
        }
        List<List<ListPaging.Keyed<Long>>> rows = new ArrayList<>();
        long[] counts = new long[groups.size()];
        groups.forEach(g -> rows.add(new ArrayList<>()));
        jdbc.sql(DEPUTY_GROUPS).param("deputy", deputy.deputyId()).param("station", deputy.stationId())
                .param("states", states.toArray(String[]::new)).param("groups", indexes.toArray(Integer[]::new))
                .param("limit", ListPage.SIZE + 1)
                .query(rs -> {
                    int g = rs.getInt("grp");
                    rows.get(g).add(new ListPaging.Keyed<>(rs.getLong("id"), CHANGED.key(rs), rs.getLong("id")));
                    counts[g] = rs.getLong("count");
                });
        List<DeputyGroup> read = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            read.add(new DeputyGroup(rows.get(g), counts[g]));
        }
        return read;
    }

    /** A page of a deputy's cases in these states from a cursor (ids and sort values, in reading order). */
    List<ListPaging.Keyed<Long>> deputyPage(CaseScope.Deputy deputy, Set<CaseState> states, ListCursor from) {
        return CHANGED.bind(jdbc.sql(CHANGED.page(DEPUTY_IN_STATES, from)), from).param("deputy", deputy.deputyId())
                .param("station", deputy.stationId()).param("states", states.stream().map(CaseState::name).toArray(String[]::new))
                .param("limit", ListPage.SIZE + 1)
                .query((rs, n) -> new ListPaging.Keyed<>(rs.getLong("id"), CHANGED.key(rs), rs.getLong("id"))).list();
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
