package org.mashang.calendar;

import java.util.SortedSet;

/**
 * An administrator changed the holidays or adjusted working days of these years. Published in the changing
 * transaction on the instance where it happened; deadlines computed before in these years may now be off.
 */
public record CalendarChanged(SortedSet<Integer> years) {

    public CalendarChanged {
        years = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(years));
    }
}
