package org.mashang.cases;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mashang.platform.UserFacingException;

/**
 * Where a page of a workbench list starts, as its "next" or "previous" link carries it: the last (or first) row shown, by
 * the list's order — its sort value (a time in microseconds, a day, or an id) and then its id. Reading from it costs the
 * same on the first page and the hundredth, unlike skipping rows.
 *
 * @param key  the row's sort value in the list's order
 * @param id   the row's id (cases' or assignments'), which breaks ties
 * @param next the page after that row rather than the page before it
 */
public record ListCursor(long key, long id, boolean next) {

    private static final Pattern TOKEN = Pattern.compile("([ab])(-?\\d{1,19})_(\\d{1,19})");

    /** The link's form: {@code a} (after) or {@code b} (before), the sort value, the id. */
    public String token() {
        return (next ? "a" : "b") + key + "_" + id;
    }

    /** @throws UserFacingException 400 for a token no link of ours made */
    public static Optional<ListCursor> parse(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Matcher m = TOKEN.matcher(token);
        try {
            if (m.matches()) {
                return Optional.of(new ListCursor(Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), m.group(1).equals("a")));
            }
        } catch (NumberFormatException e) {
            // out of range: refused below like any other
        }
        throw UserFacingException.badRequest("页码不正确，请从列表第一页重新翻页");
    }
}
