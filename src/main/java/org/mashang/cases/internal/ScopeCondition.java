package org.mashang.cases.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The condition each kind of {@link CaseScope} puts on {@code cases c}, for the repositories that read cases within a scope,
 * and the one saying that the scope's committee holds the case for dispatch ({@link CaseScope#holds(String)} in SQL). A
 * repository picks the kind with {@link #of}, writes its text into its own statement and binds {@link #params}. Each
 * {@link #sees} lets every part of it use its own index; the staff search also writes the cases as {@link #checked}, to
 * test cases already read (the newest ones) one by one.
 */
enum ScopeCondition {

    REGION("c.scope_key like :scopePrefix", "coalesce(c.holding_key, c.scope_key) like :scopePrefix"),
    // an equality: the queues read the street's cases of one state from an index in their order (V59)
    STREET("c.scope_key = :scopeKey", "coalesce(c.holding_key, c.scope_key) like :scopePrefix"),
    // the ids from each side's index, as DEPUTY's: "or exists (…)" walked the whole province for a committee's few cases
    // (a district dispatcher's search and workbench 9 s at 1,000,000)
    COMMITTEE("""
            c.id in (select x.id from cases x where x.scope_key = :scopeKey
                     union all select t.case_id from case_transfer t where t.to_key = :scopeKey)""",
            "c.holding_key = :scopeKey", null,
            // a district holding 50,035 transferred cases: gathering them all for a page read 200,343 buffers (974 ms at
            // 1,000,000 cases); a page of each part, merged, 4,756 (30 ms)
            List.of("c.scope_key = :scopeKey", "c.id in (select t.case_id from case_transfer t where t.to_key = :scopeKey)")),
    // the ids from each side's index: written as "or exists (…)", the planner read every case of the province
    DEPUTY("""
            c.id in (select x.id from cases x where x.deputy_id = :scopeDeputy
                     union all select x.id from cases x where x.pool and x.station_id = :scopeStation
                     union all select j.case_id from case_co_deputy j where j.deputy_id = :scopeDeputy)""", "false",
            // testing the 2,000 newest cases one by one is cheaper than gathering the deputy's every case (16 ms, not 47)
            """
            c.deputy_id = :scopeDeputy or (c.pool and c.station_id = :scopeStation)
            or exists (select 1 from case_co_deputy j where j.case_id = c.id and j.deputy_id = :scopeDeputy)""",
            // a page of the deputy's newest is read from each part's own index, not from all ~4,000 of theirs gathered (V75)
            List.of("c.deputy_id = :scopeDeputy", "c.pool and c.station_id = :scopeStation",
                    "c.id in (select j.case_id from case_co_deputy j where j.deputy_id = :scopeDeputy)")),
    DEPARTMENT("exists (select 1 from assignment a where a.case_id = c.id and a.department_id = :scopeDepartment)", "false"),
    EVERYTHING("true", "true"),
    NOTHING("false", "false");

    static ScopeCondition of(CaseScope scope) {
        if (scope instanceof CaseScope.Region) {
            return REGION;
        } else if (scope instanceof CaseScope.Street) {
            return STREET;
        } else if (scope instanceof CaseScope.Committee) {
            return COMMITTEE;
        } else if (scope instanceof CaseScope.Deputy) {
            return DEPUTY;
        } else if (scope instanceof CaseScope.Department) {
            return DEPARTMENT;
        }
        return scope instanceof CaseScope.Everything ? EVERYTHING : NOTHING;
    }

    /** The values the scope's condition is bound to. */
    static Map<String, Object> params(CaseScope scope) {
        if (scope instanceof CaseScope.Region r) {
            return Map.of("scopePrefix", r.scopeKey() + "%");
        } else if (scope instanceof CaseScope.Street s) {
            return Map.of("scopeKey", s.scopeKey(), "scopePrefix", s.scopeKey() + "%");
        } else if (scope instanceof CaseScope.Committee k) {
            return Map.of("scopeKey", k.scopeKey());
        } else if (scope instanceof CaseScope.Deputy d) {
            return Map.of("scopeDeputy", d.deputyId(), "scopeStation", d.stationId());
        } else if (scope instanceof CaseScope.Department d) {
            return Map.of("scopeDepartment", d.departmentId());
        }
        return Map.of();
    }

    /** Which cases the scope sees. */
    final String sees;
    /** Which of them its committee holds for dispatch. */
    final String holds;
    /** The same cases as {@link #sees}, a condition on each row, for the staff search among cases it has already read. */
    final String checked;
    /**
     * The same cases again as parts whose union they are, each read newest first from its own index, for the staff search
     * to take a page of each and merge them; empty: the scope is read as {@link #sees}.
     */
    final List<String> parts;

    ScopeCondition(String sees, String holds) {
        this(sees, holds, null, List.of());
    }

    /**
     * @param checked null: as {@code sees}
     * @param parts   as {@link #parts}
     */
    ScopeCondition(String sees, String holds, @Nullable String checked, List<String> parts) {
        this.sees = sees;
        this.holds = holds;
        this.checked = checked == null ? sees : checked;
        this.parts = parts;
    }
}
