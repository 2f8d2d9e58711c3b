package org.mashang.cases;

import org.jspecify.annotations.Nullable;

/** Filters of the public wall; null means any. */
public record WallFilter(@Nullable Long deputyId, @Nullable Long blockId, @Nullable Long categoryId, CaseState state, int page) {

    public static final int PAGE_SIZE = 20;
    /** The wall counts its cases up to this many; above, it says "more than" (the count of millions costs seconds). */
    public static final int COUNT_CAP = 10_000;
}
