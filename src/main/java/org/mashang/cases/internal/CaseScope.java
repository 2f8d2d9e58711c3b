package org.mashang.cases.internal;

import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.RegionLevel;

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

    /**
     * Committee staff of one street: its cases, whose scope key is the street's own (a case's scope key is always its
     * street's), so the condition is an equality the indexes read in order rather than a range of keys.
     */
    record Street(String scopeKey) implements CaseScope {
    }

    /**
     * Reviewers and dispatchers of a committee above the streets (a district's or a city's): the cases of its own region
     * and those transferred up to it (转送), not every case of the streets below.
     */
    record Committee(String scopeKey) implements CaseScope {
    }

    /** A deputy: their own cases, those they joined as a co-deputy (联名) and those left for their whole station (the pool). */
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
            case ADMIN -> user.regionId() == null ? EVERYTHING : region(user.regionId(), directory);
            case REVIEWER, DISPATCHER -> user.regionId() == null ? EVERYTHING
                    : aboveStreets(user.regionId(), directory) ? new Committee(directory.scopeKey(user.regionId()))
                    : region(user.regionId(), directory);
            case DEPUTY -> {
                DeputyCard deputy = user.deputyId() == null ? null : directory.deputy(user.deputyId()).orElse(null);
                yield deputy == null ? NOTHING : new Deputy(deputy.id(), deputy.stationId());
            }
            case DEPARTMENT -> user.departmentId() == null ? NOTHING : new Department(user.departmentId());
        };
    }

    /**
     * Whether a committee of this scope holds a case for dispatch now: a street's staff the cases held in their street, an
     * upper committee's only those held by itself (transferred up and not sent back down).
     *
     * @param holderKey the scope key of the region whose committee holds the case
     */
    default boolean holds(String holderKey) {
        if (this instanceof Region r) {
            return holderKey.startsWith(r.scopeKey());
        } else if (this instanceof Street s) {
            return holderKey.startsWith(s.scopeKey());
        }
        return this instanceof Committee c ? holderKey.equals(c.scopeKey()) : this instanceof Everything;
    }

    /** A street's staff get the street's own scope; those of a region above or below it the range of its keys. */
    private static CaseScope region(long regionId, Directory directory) {
        String key = directory.scopeKey(regionId);
        return directory.regionLevel(regionId).filter(l -> l == RegionLevel.STREET).isPresent() ? new Street(key) : new Region(key);
    }

    private static boolean aboveStreets(long regionId, Directory directory) {
        return directory.regionLevel(regionId).map(l -> l.mayContain(RegionLevel.STREET)).orElse(false);
    }
}
