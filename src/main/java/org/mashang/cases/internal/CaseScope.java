package org.mashang.cases.internal;

import java.util.HashMap;
import java.util.Map;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;

/**
 * The cases a user acting in one role may see, as an SQL condition on {@code cases c}. Every query and
 * every change goes through one, so a case outside it is simply not found.
 */
public record CaseScope(String sql, Map<String, Object> params) {

    static final CaseScope NOTHING = new CaseScope("false", Map.of());

    public static CaseScope of(StaffUser user, Role role, Directory directory) {
        if (user == null || !user.has(role)) {
            return NOTHING;
        }
        Map<String, Object> params = new HashMap<>();
        return switch (role) {
            case ADMIN, REVIEWER, DISPATCHER -> {
                if (user.regionId() == null) {
                    yield new CaseScope("true", params);
                }
                params.put("scopePrefix", directory.scopeKey(user.regionId()) + "%");
                yield new CaseScope("c.scope_key like :scopePrefix", params);
            }
            case DEPUTY -> {
                DeputyCard deputy = user.deputyId() == null ? null : directory.deputy(user.deputyId()).orElse(null);
                if (deputy == null) {
                    yield NOTHING;
                }
                params.put("scopeDeputy", deputy.id());
                params.put("scopeStation", deputy.stationId());
                yield new CaseScope("c.deputy_id = :scopeDeputy or (c.pool and c.station_id = :scopeStation)", params);
            }
            case DEPARTMENT -> {
                if (user.departmentId() == null) {
                    yield NOTHING;
                }
                params.put("scopeDepartment", user.departmentId());
                yield new CaseScope("exists (select 1 from assignment a where a.case_id = c.id and a.department_id = :scopeDepartment)",
                        params);
            }
        };
    }
}
