package org.mashang.cases;

import org.jspecify.annotations.Nullable;
import org.mashang.accounts.StaffUser;

/**
 * A case whose row is locked for the rest of the transaction, as a step sees it, with who is acting on it.
 *
 * @param actor     the staff member acting; null for the resident and the system
 * @param actorRole how the actor appears on the timeline
 * @param version   guards the change against one made meanwhile
 */
public record LockedCase(long id, String ticket, CaseState state, @Nullable Long deputyId, long stationId, long streetId, boolean pool,
                         boolean wantsPublic, int version, @Nullable StaffUser actor, ActorRole actorRole) {

    /**
     * Checks, before anything else of the step, that the state machine allows the action now.
     *
     * @throws IllegalTransitionException (409) when it does not
     */
    public LockedCase require(CaseAction action) {
        CaseLifecycle.next(state, action);
        return this;
    }

    /** The same case, for a step the system takes on its own (e.g. once every department has reported). */
    public LockedCase bySystem() {
        return new LockedCase(id, ticket, state, deputyId, stationId, streetId, pool, wantsPublic, version, null, ActorRole.SYSTEM);
    }
}
