package org.mashang.platform;

import java.util.List;
import java.util.function.Supplier;

/**
 * The choices of a filter's drop-down list. A street or a district has a few dozen deputies and blocks, which fit in a
 * list on a phone; a province has a hundred thousand, which would make every page with the filter megabytes long. Above
 * {@link #MAX} choices the list is left out (the filter still works from a link, e.g. a deputy's page to the wall).
 */
public final class FilterOptions {

    /** The most choices a drop-down list offers. */
    public static final int MAX = 200;

    private FilterOptions() {
    }

    /** All the choices while there are at most {@link #MAX}; otherwise none. */
    public static <T> List<T> upTo(List<T> all) {
        return all.size() <= MAX ? all : List.of();
    }

    /**
     * The choices made by {@code all}, only when {@code parts} (what each choice comes from, e.g. the stations whose
     * blocks are listed) are few enough that the list can be short; otherwise none, without making them.
     */
    public static <T> List<T> upTo(int parts, int perPart, Supplier<List<T>> all) {
        return (long) parts * perPart <= MAX ? upTo(all.get()) : List.of();
    }
}
