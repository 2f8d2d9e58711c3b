package org.mashang.cases;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the public wall; null means any.
 *
 * @param page the page's number, counted from 0: where it starts when no {@code from} is given
 * @param from where the page starts, from the link of the page before or after (read by index, not by skipping rows)
 */
public record WallFilter(@Nullable Long deputyId, @Nullable Long blockId, @Nullable Long categoryId, @Nullable CaseState state,
                         int page, @Nullable WallCursor from) {

    public WallFilter(@Nullable Long deputyId, @Nullable Long blockId, @Nullable Long categoryId, @Nullable CaseState state, int page) {
        this(deputyId, blockId, categoryId, state, page, null);
    }

    public static final int PAGE_SIZE = 20;
    /**
     * Pages reached by their number (skipping the rows before them): the first few. Past them, a page is reached by the
     * link of the page before or after it, read by index from where that page ends; nobody reads page 500 by number.
     */
    public static final int NUMBERED_PAGES = 10;
    /**
     * A filter by two of deputy, block and category is counted from the cases up to this many; above, the wall says "more
     * than" (the count of millions costs seconds). The others come exact from their roll-up.
     */
    public static final int COUNT_CAP = 10_000;
}
