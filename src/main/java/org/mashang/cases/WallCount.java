package org.mashang.cases;

/**
 * How many cases the wall (or a filter of it) shows.
 *
 * @param cases  the count, or the cap when there are more
 * @param atLeast the wall goes on past {@code cases} ("10000+"): a filter by two of deputy, block and category is counted
 *               from the cases only up to {@link WallFilter#COUNT_CAP}
 */
public record WallCount(long cases, boolean atLeast) {

    /** As the wall shows it: "1234" or "10000+". */
    public String text() {
        return atLeast ? cases + "+" : Long.toString(cases);
    }

    /** The pages of {@link WallFilter#PAGE_SIZE} the count fills (at least one). */
    public long pages() {
        return Math.max(1, (cases + WallFilter.PAGE_SIZE - 1) / WallFilter.PAGE_SIZE);
    }
}
