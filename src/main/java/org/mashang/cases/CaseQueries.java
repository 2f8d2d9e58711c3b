package org.mashang.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.platform.FileStore;
import org.mashang.platform.UserFacingException;

/**
 * Reads of cases, always within the data scope of the user acting in one role: a deputy sees their own
 * and their station's pool, a department its assignments, committee staff their street, admins their region.
 */
public interface CaseQueries {

    /** A page of one of the committee workbenches' lists, in the user's scope for the list's role, and its count. */
    ListPage<CaseSummary> list(StaffUser user, CaseList list, @Nullable ListCursor from);

    /**
     * A workbench's lists for a role (the {@link CaseList}s of that role), by their names in page links: the first page of
     * each, and of the one a "next"/"previous" link names the page it asks for.
     *
     * @param list the list a page link names, null on the workbench's own address
     * @param from the link's cursor ({@link ListCursor#token()})
     * @throws UserFacingException 400 for a list or cursor no link of ours made
     */
    default Map<String, ListPage<CaseSummary>> workbench(StaffUser user, Role role, @Nullable String list, @Nullable String from) {
        CaseList paged = CaseList.parse(list, role).orElse(null);
        ListCursor cursor = ListCursor.parse(from).orElse(null);
        if (cursor != null && paged == null) {
            throw UserFacingException.badRequest("页码不正确，请从列表第一页重新翻页");
        }
        Map<String, ListPage<CaseSummary>> pages = new java.util.LinkedHashMap<>();
        for (CaseList l : CaseList.values()) {
            if (l.role == role) {
                pages.put(l.param(), list(user, l, l == paged ? cursor : null));
            }
        }
        return pages;
    }

    /**
     * The deputy's cases (and the station pool's) in groups of states, the most recently changed first: a page of each
     * group with its count — the first page, or for the group a link names the page it asks for.
     *
     * @param paged the group a page link names, -1 for none
     */
    List<ListPage<CaseSummary>> deputyCases(StaffUser deputy, List<Set<CaseState>> groups, int paged, @Nullable ListCursor from);

    /**
     * A page of the department's open assignments (the earliest due first) or of those it finished (the latest first),
     * and how many there are.
     */
    ListPage<AssignmentView> departmentAssignments(StaffUser department, boolean open, @Nullable ListCursor from);

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

    /** The wall's count for the filter: exact from its roll-up, or up to the cap for a filter by two of deputy, block, category. */
    WallCount wallCount(WallFilter filter);

    Optional<PublicCase> publicCase(String ticket);

    /** A file attached to a public event of a public case. */
    Optional<FileStore.StoredFile> publicFile(String ticket, UUID fileId);
}
