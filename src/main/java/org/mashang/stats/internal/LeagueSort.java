package org.mashang.stats.internal;

import java.util.Arrays;
import java.util.Optional;
import lombok.RequiredArgsConstructor;

/**
 * The columns the deputies' league sorts by. Each but the name is read in the order of its index on
 * {@code stat_deputy_year}: the deputies it ranks (a count above 0, a rate over at least the minimum count) come in the
 * column's order; the others (nothing to count, too few to rate) follow in the directory's order, before the ranked ones
 * when a count is sorted low to high (they have 0), after them for a rate (not shown, last either way).
 */
@RequiredArgsConstructor
public enum LeagueSort {
    NAME("name", null, null, null),
    RECEIVED("received", "received", "received", null),
    FIRST_REPLY("firstReply", "(first_reply_on_time::float8 / first_replies)", "first_replies", "first_replies"),
    RESIDENT_REPLY("residentReply", "(resident_reply_on_time::float8 / resident_reply_done)", "resident_reply_done",
            "resident_reply_done"),
    SATISFACTION("satisfaction", "(satisfied::float8 / evaluated)", "evaluated", "evaluated"),
    REOPEN("reopen", "(reopened::float8 / closed)", "closed", "closed"),
    RECEPTIONS("receptions", "receptions", "receptions", null),
    ACTIVITIES("activities", "activities", "activities", null),
    PROPOSALS("proposals", "proposals_led", "proposals_led", null);

    /** The column's name in the page's links. */
    final String param;
    /** The value sorted by, as its index has it. */
    final String orderBy;
    /** Above 0 for the deputies the column ranks (the condition of its partial index). */
    final String ranked;
    /** A rate's denominator, ranked only from the minimum count up; null for a count. */
    final String minimumOf;

    public String param() {
        return param;
    }

    /** Whether deputies the column does not rank come first when sorted low to high (a count of 0 is the lowest). */
    boolean unrankedFirstWhenAscending() {
        return minimumOf == null;
    }

    public static Optional<LeagueSort> of(String param) {
        return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst();
    }
}
