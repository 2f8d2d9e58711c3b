package org.mashang.dispatch.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dispatch catalogues' lines. */
@Repository
@RequiredArgsConstructor
class RoutingRuleRepository {

    private static final String COLUMNS = "id, owner_region_id, category_id, area_id, lead_department_id, co_department_ids, deadline_days";

    private final JdbcClient jdbc;

    List<RoutingRule> ofOwner(long ownerRegionId) {
        return jdbc.sql("select " + COLUMNS + " from routing_rule where owner_region_id = :owner order by category_id, area_id")
                .param("owner", ownerRegionId).query(RoutingRuleRepository::map).list();
    }

    /** Lines of any catalogue for the category whose area is one of {@code areaIds}. */
    List<RoutingRule> candidates(long categoryId, Collection<Long> areaIds) {
        if (areaIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from routing_rule where category_id = :category and area_id in (:areas)")
                .param("category", categoryId).param("areas", areaIds).query(RoutingRuleRepository::map).list();
    }

    Optional<RoutingRule> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from routing_rule where id = :id").param("id", id)
                .query(RoutingRuleRepository::map).optional();
    }

    /** Adds the line, or replaces the one the catalogue already has for the same category and area. */
    void upsert(RoutingRule rule, long by) {
        jdbc.sql("""
                        insert into routing_rule (owner_region_id, category_id, area_id, lead_department_id, co_department_ids,
                                                  deadline_days, updated_by)
                        values (:owner, :category, :area, :lead, :co, :days, :by)
                        on conflict (owner_region_id, category_id, area_id) do update
                        set lead_department_id = excluded.lead_department_id, co_department_ids = excluded.co_department_ids,
                            deadline_days = excluded.deadline_days, updated_by = excluded.updated_by, updated_at = now()
                        """)
                .param("owner", rule.ownerRegionId()).param("category", rule.categoryId()).param("area", rule.areaId())
                .param("lead", rule.leadDepartmentId()).param("co", rule.coDepartmentIds().toArray(Long[]::new))
                .param("days", rule.deadlineDays()).param("by", by).update();
    }

    void delete(long id) {
        jdbc.sql("delete from routing_rule where id = :id").param("id", id).update();
    }

    private static RoutingRule map(ResultSet rs, int row) throws SQLException {
        Array co = rs.getArray("co_department_ids");
        List<Long> coIds = co == null ? List.of() : Arrays.stream((Long[]) co.getArray()).toList();
        return new RoutingRule(rs.getLong("id"), rs.getLong("owner_region_id"), rs.getLong("category_id"), rs.getLong("area_id"),
                rs.getLong("lead_department_id"), coIds, rs.getInt("deadline_days"));
    }
}
