package org.mashang.cases.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mashang.cases.WallCursor;
import org.mashang.cases.WallFilter;

/**
 * Which cases a page of the wall shows and where the pages around it start, from one row more than a page read in the
 * page's direction (that row only tells whether the wall goes on that way).
 */
final class WallPaging {

    private WallPaging() {
    }

    /** The cases shown, newest first, and the starts of the pages before and after (null where the wall ends). */
    record Slice(List<CaseRecord> shown, @Nullable WallCursor newer, @Nullable WallCursor older) {
    }

    /** @param rows up to {@code PAGE_SIZE + 1} cases, newest first, as the repository read them for the filter */
    static Slice of(List<CaseRecord> rows, WallFilter filter) {
        WallCursor from = filter.from();
        boolean backwards = from != null && !from.older();
        boolean more = rows.size() > WallFilter.PAGE_SIZE;
        List<CaseRecord> shown;
        boolean newer;
        boolean older;
        if (backwards) {
            // read from an older page towards the newest: the extra row is the newest one, beyond this page
            shown = more ? rows.subList(rows.size() - WallFilter.PAGE_SIZE, rows.size()) : rows;
            newer = more;
            older = true;
        } else {
            shown = more ? rows.subList(0, WallFilter.PAGE_SIZE) : rows;
            newer = from != null || filter.page() > 0;
            older = more;
        }
        if (shown.isEmpty()) {
            return new Slice(shown, null, null);
        }
        return new Slice(shown, newer ? cursor(shown.get(0), false) : null, older ? cursor(shown.get(shown.size() - 1), true) : null);
    }

    private static WallCursor cursor(CaseRecord c, boolean older) {
        return new WallCursor(c.submittedAt(), c.id(), older);
    }
}
