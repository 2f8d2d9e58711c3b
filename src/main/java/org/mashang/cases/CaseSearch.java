package org.mashang.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;

/**
 * Staff search (检索): any case in the user's data scope for one role, by ticket, phone (any format), name or words of
 * the text, narrowed by filters, newest first, a page at a time without a cap on how far one can page.
 */
public interface CaseSearch {

    int PAGE_SIZE = 50;

    Page search(StaffUser user, Role role, Query query);

    /**
     * @param text  a ticket, a phone number, a name or keywords; blank for every case
     * @param after the last case of the previous page, or null for the first page
     */
    record Query(String text, Map<Filter, Object> filters, Cursor after) {
    }

    /**
     * What a search can be narrowed by, each one request parameter. A new filter (e.g. the urgency class) is one constant
     * here, with its condition in the search's repository and its choices on the form.
     */
    @RequiredArgsConstructor
    enum Filter {
        STATE("state", Kind.STATE), CATEGORY("category", Kind.ID), BLOCK("block", Kind.ID), DEPUTY("deputy", Kind.ID),
        DEPARTMENT("department", Kind.ID), OVERDUE("overdue", Kind.FLAG), URGENCY("urgency", Kind.URGENCY);

        /** How a filter's value is read from its parameter. */
        public enum Kind { ID, STATE, FLAG, NAME, URGENCY }

        private final String param;
        private final Kind kind;

        public String param() {
            return param;
        }

        public Kind kind() {
            return kind;
        }
    }

    /** Where a page ends: results are ordered by submission time, then id, both descending. */
    record Cursor(Instant submittedAt, long id) {

        /** The cursor as a link parameter: epoch microseconds and id. */
        public String token() {
            return (submittedAt.getEpochSecond() * 1_000_000 + submittedAt.getNano() / 1_000) + "_" + id;
        }

        /** @throws IllegalArgumentException when the token was not made by {@link #token()} */
        public static Cursor parse(String token) {
            String[] parts = token.split("_", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException(token);
            }
            long micros = Long.parseLong(parts[0]);
            return new Cursor(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000),
                    Long.parseLong(parts[1]));
        }
    }

    /** @param next the cursor of the following page, or null on the last one */
    record Page(List<CaseSummary> items, Cursor next) {
    }
}
