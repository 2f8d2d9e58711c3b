package org.mashang.cases.internal;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.CaseState;
import org.mashang.cases.WallFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The wall's counts from their roll-up ({@code wall_count}, kept by a trigger on the cases): all public cases, or those
 * of one category, deputy or block, per state. A filter by two of them is not rolled up (the caller counts the cases,
 * capped).
 */
@Repository
@RequiredArgsConstructor
class WallCountRepository {

    /** The roll-up's dimensions, numbered as the trigger writes them. */
    private enum Dim {
        ALL, CATEGORY, DEPUTY, BLOCK
    }

    private static final String COUNT = """
            select coalesce(sum(cases), 0) from wall_count where dim = :dim and dim_id = :id and state = any(:states)""";

    private final JdbcClient jdbc;

    /** The filter's count, exact, when the roll-up holds it. */
    Optional<Long> count(WallFilter f) {
        List<Long> ids = java.util.stream.Stream.of(f.categoryId(), f.deputyId(), f.blockId()).filter(java.util.Objects::nonNull).toList();
        if (ids.size() > 1) {
            return Optional.empty();
        }
        Dim dim = f.categoryId() != null ? Dim.CATEGORY : f.deputyId() != null ? Dim.DEPUTY : f.blockId() != null ? Dim.BLOCK : Dim.ALL;
        // the wall's states, or the one asked for when it is one of them
        String[] states = CaseState.namesWhere(s -> s.accepted() && (f.state() == null || s == f.state()));
        return Optional.of(jdbc.sql(COUNT).param("dim", dim.ordinal()).param("id", ids.isEmpty() ? 0L : ids.get(0))
                .param("states", states).query(Long.class).single());
    }
}
