package org.mashang.cases;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Assignments handled in another system (a 12345 work-order platform): what that system may be told of the case, and
 * its answers coming back — a closed work order's notes as the assignment's feedback, progress notes as internal steps
 * of the timeline.
 */
public interface ExternalHandling {

    /** The assignment as its department sees it: the message masked, the dispatcher's instructions, the deadline. */
    Optional<Brief> brief(long assignmentId);

    /**
     * Reports the assignment's feedback on the department's behalf, as if the department had reported it; refused with
     * {@link IllegalTransitionException} when the assignment is no longer handling.
     *
     * @param platform the other system's name, shown as who reported
     */
    void report(long assignmentId, String platform, String feedback);

    /** Records the other system's progress as an internal step of the case's timeline (not public). */
    void note(long assignmentId, String platform, String note);

    record Brief(long assignmentId, long caseId, String ticket, long departmentId, long streetId, long categoryId, String categoryName,
                 @Nullable Long blockId, String blockName, String text, String instructions, LocalDate dueDate, AssignmentState state) {
    }
}
