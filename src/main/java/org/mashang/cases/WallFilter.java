package org.mashang.cases;

/** Filters of the public wall; null means any. */
public record WallFilter(Long deputyId, Long blockId, Long categoryId, CaseState state, int page) {

    public static final int PAGE_SIZE = 20;
}
