package org.mashang.cases;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mashang.accounts.StaffUser;

/**
 * Offline intake for other modules: an issue raised at a reception day, a forum or another activity, entered by
 * staff, becomes a case of the same closed loop (submitted, waiting for review) with its channel recorded. The
 * calling module keeps the link from its own record to the case (case id and ticket) in its own tables.
 */
public interface OfflineIntake {

    /**
     * Enters one issue as a new case. What only the directory can tell is checked here and refused with a
     * {@link org.mashang.platform.FieldProblem} naming the field: {@code channel} (must be offline), {@code stationId}
     * (active, within the staff member's region; a deputy's own station), {@code deputyId} (a serving deputy of the
     * station, or null for the station's pool), {@code categoryId}, {@code blockId} (a block of the station's street),
     * {@code text}, {@code name}, {@code phone}, {@code occasion}. The same {@code submissionKey} sent twice makes one
     * case (the second answer carries a fresh query code).
     */
    Receipt submit(Issue issue);

    /** Where these cases stand now, in the order given; unknown ids are left out. */
    List<Status> statuses(List<Long> caseIds);

    /**
     * @param residentPhone already normalized ({@link org.mashang.platform.Phones#normalize}); null when not given
     * @param occasion      where and when it was raised, e.g. "2026年11月16日接待日"; shown on the timeline
     * @param submissionKey a random key of the form (36 characters), against double submission
     */
    record Issue(StaffUser enteredBy, long stationId, @Nullable Long deputyId, Channel channel, long categoryId, @Nullable Long blockId, String text,
                 boolean wantsPublic, String residentName, @Nullable String residentPhone, String occasion, String submissionKey) {
    }

    /** What to hand to the resident: the ticket number and the secret query code, shown once. */
    record Receipt(long caseId, String ticket, String queryCode, boolean wantsPublic) implements Serializable {
    }

    /** @param isPublic accepted for the public wall by the reviewer */
    record Status(long caseId, String ticket, CaseState state, boolean isPublic) {
    }
}
