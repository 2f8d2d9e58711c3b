package org.mashang.cases;

import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.platform.UserFacingException;

/** The committee workbenches' lists of cases, each read a page at a time in its own order within the user's scope. */
@RequiredArgsConstructor
public enum CaseList {

    /** Messages waiting for review, the oldest first. */
    REVIEW(Role.REVIEWER),
    /** Answered cases waiting for the resident's evaluation (staff may follow up by phone, 回访), the newest first. */
    CLOSED(Role.REVIEWER),
    /** Cases the deputy solved directly, waiting for the resident's evaluation, the newest first. */
    RESOLVED(Role.REVIEWER),
    /**
     * Waiting for the dispatcher, the longest waiting first: dispatch requested or reopened, an extension asked for, or
     * every department of the latest round gave it back; only what the user's own committee holds.
     */
    DISPATCH(Role.DISPATCHER),
    /** Cases with a stage past its deadline (督办), the most overdue first. */
    OVERDUE(Role.DISPATCHER),
    /** Dispatched cases being handled by departments, the newest first. */
    DISPATCHED(Role.DISPATCHER);

    /** The role whose scope the list is read in. */
    public final Role role;

    /** The list's name in a page link ({@code ?list=closed}). */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The list a page link names, if any, among those of one workbench.
     *
     * @throws UserFacingException 400 for a name that is not one of them
     */
    public static Optional<CaseList> parse(String param, Role of) {
        if (param == null || param.isBlank()) {
            return Optional.empty();
        }
        for (CaseList l : values()) {
            if (l.role == of && l.param().equals(param)) {
                return Optional.of(l);
            }
        }
        throw UserFacingException.badRequest("没有这个列表，请从工作台重新打开");
    }
}
