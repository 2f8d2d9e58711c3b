package org.mashang.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Public cases for machines (the Open311 server, the public JSON API): only what the public wall shows, masked, with
 * the public timeline. Private, unreviewed, rejected and merged cases are never returned.
 */
public interface PublicFeed {

    /** Matching public cases, newest first. */
    List<FeedCase> find(Query query);

    Optional<FeedCase> byTicket(String ticket);

    /** Cases that are answered one way or another (closed, resolved, evaluated, proposal answered). */
    static boolean closed(CaseState state) {
        return state.awaitsEvaluation() || state == CaseState.EVALUATED;
    }

    /**
     * Filters; null means any.
     *
     * @param tickets  at most the given tickets
     * @param closed   true: closed only, false: open only
     * @param from     submitted at or after
     * @param to       submitted before or at
     */
    record Query(List<String> tickets, @Nullable Long streetId, @Nullable Long categoryId, @Nullable Boolean closed, Instant from, Instant to, int limit,
                 int offset) {
    }

    /**
     * @param departments the departments the case was dispatched to, first dispatch first
     */
    record FeedCase(long caseId, PublicCase publicCase, long streetId, long categoryId, @Nullable Long blockId, Instant updatedAt,
                    List<String> departments) {
    }
}
