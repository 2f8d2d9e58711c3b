package org.mashang.cases.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.cases.CaseState;
import org.mashang.cases.WallCursor;
import org.mashang.cases.WallFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cases within a {@link CaseScope} (one case, a deputy's latest, the likely repeats of a message) and the public wall; the
 * workbenches' lists are {@link CaseListRepository}'s. Every statement is written out
 * whole here, with a place for the scope's condition ({@link ScopeCondition}); the states they ask for are bound from the
 * enums.
 */
@Repository
@RequiredArgsConstructor
class ScopedCaseRepository {

    /**
     * The statements over a scope, each written out whole with {@code %1$s} where the scope's condition goes
     * ({@link ScopeCondition}).
     */
    @RequiredArgsConstructor
    private enum Scoped {
        FIND("select * from cases c where c.id = :id and (%1$s)"),
        FIND_LOCKED("select * from cases c where c.id = :id and (%1$s) for update"),
        LATEST("select * from cases c where (%1$s) order by c.updated_at desc limit :limit"),
        /** Open or answered cases of the same street in the last 90 days, of the same deputy, block or station. */
        NEIGHBOURS("""
                select * from cases c where (%1$s) and c.id <> :self and c.street_id = :street and not (c.state = any(:terminal))
                    and c.submitted_at >= :since and (c.deputy_id = :deputy or c.block_id = :block or c.station_id = :station)
                order by c.submitted_at desc limit 300""");

        private final String template;
    }

    private static final String OF_PHONE = """
            select * from cases c where c.resident_phone = :phone order by c.submitted_at desc limit 200""";
    /** The wall's cases; each filter given adds its condition (see {@link #wallWhere}). */
    private static final String WALL_WHERE = "c.is_public and c.state = any(:onWall)";
    /**
     * A page reached by its number: the rows skipped are read from the index alone (ids and order), only the page's own
     * rows from the table.
     */
    private static final String WALL = """
            select c.* from cases c join (select c.id, c.submitted_at from cases c where %s
                order by c.submitted_at desc, c.id desc limit :limit offset :offset) p on p.id = c.id
            order by p.submitted_at desc, p.id desc""";
    /** The page after a case shown (older ones), read from the wall's index where it stands. */
    private static final String WALL_OLDER = "select * from cases c where %s"
            + " and (c.submitted_at, c.id) < (:at, :id) order by c.submitted_at desc, c.id desc limit :limit";
    /** The page before a case shown (newer ones), read backwards; the caller turns it round. */
    private static final String WALL_NEWER = "select * from cases c where %s"
            + " and (c.submitted_at, c.id) > (:at, :id) order by c.submitted_at, c.id limit :limit";
    /** Counted up to one past the cap: at province scale the wall holds millions, and nobody pages through them. */
    private static final String WALL_COUNT = "select count(*) from (select 1 from cases c where %s limit :cap) t";

    private final JdbcClient jdbc;

    /** Loads a case only when the scope lets the user see it, locking it when asked to. */
    Optional<CaseRecord> find(long id, CaseScope scope, boolean lock) {
        return scoped(lock ? Scoped.FIND_LOCKED : Scoped.FIND, scope).param("id", id).query(CaseRepository::map).optional();
    }

    List<CaseRecord> latest(CaseScope scope, int limit) {
        return scoped(Scoped.LATEST, scope).param("limit", limit).query(CaseRepository::map).list();
    }

    /** The cases a new message may repeat (the candidates; how alike they read is for the caller). */
    List<CaseRecord> neighbours(CaseScope scope, CaseRecord c) {
        return scoped(Scoped.NEIGHBOURS, scope).param("self", c.id()).param("street", c.streetId())
                .param("terminal", CaseState.namesWhere(CaseState::terminal))
                .param("since", Timestamp.from(c.submittedAt().minus(Duration.ofDays(90))))
                .param("deputy", c.deputyId() == null ? -1L : c.deputyId()).param("block", c.blockId() == null ? -1L : c.blockId())
                .param("station", c.stationId())
                .query(CaseRepository::map).list();
    }

    /** Every case left with this phone; only for a resident who proved they hold it. */
    List<CaseRecord> ofPhone(String phone) {
        return jdbc.sql(OF_PHONE).param("phone", phone).query(CaseRepository::map).list();
    }

    /** Up to {@code limit} cases of the wall in its order (newest first), from the filter's cursor or page. */
    List<CaseRecord> wall(WallFilter f, int limit) {
        WallCursor from = f.from();
        if (from == null) {
            return wallParams(WALL, f).param("limit", limit)
                    .param("offset", Math.max(f.page(), 0) * WallFilter.PAGE_SIZE).query(CaseRepository::map).list();
        }
        List<CaseRecord> rows = wallParams(from.older() ? WALL_OLDER : WALL_NEWER, f).param("limit", limit)
                .param("at", Timestamp.from(from.submittedAt())).param("id", from.id()).query(CaseRepository::map).list();
        if (from.older()) {
            return rows;
        }
        List<CaseRecord> newestFirst = new java.util.ArrayList<>(rows);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    long wallCount(WallFilter f) {
        return wallParams(WALL_COUNT, f).param("cap", WallFilter.COUNT_CAP + 1).query(Long.class).single();
    }

    /**
     * The statement with the wall's conditions for the filters given and their parameters. A filter left out adds no
     * condition (rather than one that holds for a null), so the planner sees which index fits: a category's own index
     * in its newest-first order, or the wall's.
     */
    private JdbcClient.StatementSpec wallParams(String statement, WallFilter f) {
        StringBuilder where = new StringBuilder(WALL_WHERE);
        Map<String, Object> params = new HashMap<>();
        params.put("onWall", CaseState.namesWhere(CaseState::accepted));
        narrow(where, params, "c.deputy_id = :deputy", "deputy", f.deputyId());
        narrow(where, params, "c.block_id = :block", "block", f.blockId());
        narrow(where, params, "c.category_id = :category", "category", f.categoryId());
        narrow(where, params, "c.state = :state", "state", f.state() == null ? null : f.state().name());
        return jdbc.sql(statement.formatted(where)).params(params);
    }

    private static void narrow(StringBuilder where, Map<String, Object> params, String condition, String name, @Nullable Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            params.put(name, value);
        }
    }

    private JdbcClient.StatementSpec scoped(Scoped statement, CaseScope scope) {
        ScopeCondition where = ScopeCondition.of(scope);
        return jdbc.sql(statement.template.formatted(where.sees, where.holds)).params(ScopeCondition.params(scope));
    }
}
