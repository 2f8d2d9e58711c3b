package org.mashang.cases;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.platform.FileStore;
import org.mashang.platform.UserFacingException;

/**
 * Reads of cases, always within the data scope of the user acting in one role: a deputy sees their own
 * and their station's pool, a department its assignments, committee staff their street, admins their region.
 */
public interface CaseQueries {

    /** Messages waiting for review, oldest first. */
    List<CaseSummary> reviewQueue(StaffUser reviewer);

    /** The deputy's cases (and the station pool), most recently changed first. */
    List<CaseSummary> deputyCases(StaffUser deputy);

    /** Cases waiting for the dispatcher: dispatch requested, reopened, returned, extension requested. */
    List<CaseSummary> dispatchQueue(StaffUser dispatcher);

    /** All cases in the user's scope for that role, newest first (admins, committee). */
    List<CaseSummary> inScope(StaffUser user, Role role, CaseState state, int limit);

    /** Cases in scope with a stage past its deadline (督办), most overdue first. */
    List<CaseSummary> overdue(StaffUser user, Role role);

    List<AssignmentView> departmentAssignments(StaffUser department);

    Optional<CaseDetail> detail(StaffUser user, Role role, long caseId);

    /** The case as {@link #detail} reads it, or a 404 when it does not exist or is outside the user's scope. */
    default CaseDetail visibleDetail(StaffUser user, Role role, long caseId) {
        return detail(user, role, caseId).orElseThrow(() -> UserFacingException.notFound("没有找到这条留言，或您无权查看"));
    }

    Optional<AssignmentView> assignment(StaffUser user, Role role, long assignmentId);

    /** Other cases of the same street that look like the same issue: same deputy or block, similar text. */
    List<CaseSummary> likelyDuplicates(StaffUser reviewer, long caseId);

    /**
     * Departments to suggest for dispatch: those the deputy asked for, then those most often given cases of the
     * same category in the same street.
     */
    List<Long> departmentSuggestions(StaffUser user, Role role, long caseId);

    /** A file of a case the user may see (any of the user's roles). */
    Optional<FileStore.StoredFile> file(StaffUser user, long caseId, UUID fileId);

    // public

    /** A page of the wall with the starts of the pages before and after it (for links that read by index). */
    WallPage wallPage(WallFilter filter);

    long wallCount(WallFilter filter);

    Optional<PublicCase> publicCase(String ticket);

    /** A file attached to a public event of a public case. */
    Optional<FileStore.StoredFile> publicFile(String ticket, UUID fileId);
}
