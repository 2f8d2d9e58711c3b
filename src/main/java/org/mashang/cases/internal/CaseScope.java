package org.mashang.cases.internal;

import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;

/**
 * The cases a user acting in one role may see. Every query and every change goes through one, so a case outside it is
 * simply not found; {@link CaseRepository} turns it into the condition of its statements.
 */
public sealed interface CaseScope {

    /** Staff of the whole district (no region): every case. Also the resident's own case, once proved. */
    record Everything() implements CaseScope {
    }

    /** A role the user does not hold, or a deputy or department account not linked to one. */
    record Nothing() implements CaseScope {
    }

    /** Committee staff of a region: the cases of its streets. */
    record Region(String scopeKey) implements CaseScope {
    }

    /** A deputy: their own cases and those left for their whole station (the pool). */
    record Deputy(long deputyId, long stationId) implements CaseScope {
    }

    /** A department: the cases it was ever assigned. */
    record Department(long departmentId) implements CaseScope {
    }

    CaseScope EVERYTHING = new Everything();
    CaseScope NOTHING = new Nothing();

    static CaseScope of(StaffUser user, Role role, Directory directory) {
        if (user == null || !user.has(role)) {
            return NOTHING;
        }
        return switch (role) {
            case ADMIN, REVIEWER, DISPATCHER -> user.regionId() == null ? EVERYTHING : new Region(directory.scopeKey(user.regionId()));
            case DEPUTY -> {
                DeputyCard deputy = user.deputyId() == null ? null : directory.deputy(user.deputyId()).orElse(null);
                yield deputy == null ? NOTHING : new Deputy(deputy.id(), deputy.stationId());
            }
            case DEPARTMENT -> user.departmentId() == null ? NOTHING : new Department(user.departmentId());
        };
    }
}
