package org.mashang.cases.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mashang.cases.ListCursor;
import org.mashang.cases.ListPage;

/**
 * Which rows a page of a workbench list shows and where the pages around it start, from one row more than a page read
 * in the page's direction (that row only tells whether the list goes on that way).
 */
final class ListPaging {

    private ListPaging() {
    }

    /** A row read for a page with its place in the list's order. */
    record Keyed<T>(T row, long key, long id) {
    }

    /**
     * @param read  up to {@link ListPage#SIZE} + 1 rows in reading order: the list's own, or backwards from a cursor to the
     *              page before it
     * @param count the list's rows in all, as counted
     */
    static <T> ListPage<T> page(List<Keyed<T>> read, @Nullable ListCursor from, long count) {
        boolean more = read.size() > ListPage.SIZE;
        List<Keyed<T>> rows = new ArrayList<>(more ? read.subList(0, ListPage.SIZE) : read);
        boolean onwards = Keyset.onwards(from);
        if (!onwards) {
            Collections.reverse(rows);
        }
        boolean before = onwards ? from != null : more;
        boolean after = onwards ? more : true;
        if (rows.isEmpty()) {
            return new ListPage<>(List.of(), count, null, null);
        }
        Keyed<T> firstRow = rows.get(0);
        Keyed<T> lastRow = rows.get(rows.size() - 1);
        return new ListPage<>(rows.stream().map(Keyed::row).toList(), count,
                before ? new ListCursor(firstRow.key(), firstRow.id(), false) : null,
                after ? new ListCursor(lastRow.key(), lastRow.id(), true) : null);
    }
}
