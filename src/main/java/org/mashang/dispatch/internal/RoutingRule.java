package org.mashang.dispatch.internal;

import java.util.List;

/**
 * One line of a committee's dispatch catalogue (派单目录): cases of {@code categoryId} in {@code areaId} (the owner
 * region itself or a street, community or block below it) go to {@code leadDepartmentId} as lead (主办) with the
 * co-handlers (协办), due in {@code deadlineDays} working days.
 */
public record RoutingRule(long id, long ownerRegionId, long categoryId, long areaId, long leadDepartmentId,
                          List<Long> coDepartmentIds, int deadlineDays) {

    public RoutingRule {
        coDepartmentIds = List.copyOf(coDepartmentIds);
    }
}
