package org.mashang.cases;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of a workbench list (at most {@link #SIZE} rows, in the list's order) with how many the whole list holds and
 * where the pages around it start.
 *
 * @param count    the rows in the whole list, counted up to {@link #COUNT_CAP} and one more
 * @param previous the start of the page before, null on the first page
 * @param next     the start of the page after, null on the last
 */
public record ListPage<T>(List<T> rows, long count, @Nullable ListCursor previous, @Nullable ListCursor next) {

    /** Rows on a page: enough for a morning's work, few enough to render in a few milliseconds. */
    public static final int SIZE = 50;
    /** Counted no further: nobody pages through more, and counting a province's every case is not free. */
    public static final int COUNT_CAP = 10_000;

    /** The count as the list's badge shows it: "10000+" beyond the cap. */
    public String countText() {
        return count > COUNT_CAP ? COUNT_CAP + "+" : Long.toString(count);
    }

    /** Whether this is the list's first page (no link back). */
    public boolean first() {
        return previous == null;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The same page with its rows made into what a list shows (in one go: the rows' names are looked up together). */
    public <R> ListPage<R> map(java.util.function.Function<List<T>, List<R>> shown) {
        return new ListPage<>(shown.apply(rows), count, previous, next);
    }
}
