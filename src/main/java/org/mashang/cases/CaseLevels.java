package org.mashang.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mashang.accounts.StaffUser;

/**
 * Levels (分级): which committee holds a case for dispatch — its street's, or the district's or city's it was transferred
 * up to (转送) — and the hand-overs between them. The case stays its street's and its deputy's: only who dispatches moves.
 */
public interface CaseLevels {

    /**
     * The dispatcher's lock on a case their own committee holds.
     *
     * @throws org.mashang.platform.UserFacingException 404 outside their scope, 403 when another level's committee holds it
     */
    LockedCase lockAsHolder(StaffUser dispatcher, long caseId);

    /** Where a case the dispatcher may see stands between the levels; empty outside their scope. */
    Optional<Holding> holding(StaffUser dispatcher, long caseId);

    /** Hands the locked case to the committee of another region and records the steps; the case's state stays. */
    void transfer(LockedCase c, long toRegionId, boolean upward, String reason, TimelineStep... steps);

    /**
     * @param regionId  the region of the committee holding the case now (its street until transferred)
     * @param ours      the dispatcher's own committee holds it
     * @param transfers the hand-overs so far, oldest first
     */
    record Holding(long regionId, boolean ours, List<Transfer> transfers) {

        /** Where the holder got the case from: the region to send it back down to, if it came up. */
        public Optional<Long> cameFrom() {
            for (int i = transfers.size() - 1; i >= 0; i--) {
                Transfer t = transfers.get(i);
                if (t.upward() && t.toRegionId() == regionId) {
                    return Optional.of(t.fromRegionId());
                }
            }
            return Optional.empty();
        }
    }

    /** One hand-over: up (转送) or back down (退回), with the reason given. */
    record Transfer(long fromRegionId, long toRegionId, boolean upward, String reason, Instant at) {
    }
}
