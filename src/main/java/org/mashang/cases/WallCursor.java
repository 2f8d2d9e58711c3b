package org.mashang.cases;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mashang.platform.UserFacingException;

/**
 * Where a page of the wall starts, as the link to the next or the previous page carries it: the last (or first) case
 * shown, by the wall's order (newest first: submission time, then id). Reading from it costs the same on page 1 and on
 * page 5,000, unlike skipping rows.
 *
 * @param older the page after (older cases) rather than the page before
 */
public record WallCursor(Instant submittedAt, long id, boolean older) {

    private static final Pattern TOKEN = Pattern.compile("([on])(-?\\d{1,19})_(\\d{1,19})");

    /** The link's form: {@code o} or {@code n}, the submission time in microseconds, the id. */
    public String token() {
        return (older ? "o" : "n") + ChronoUnit.MICROS.between(Instant.EPOCH, submittedAt) + "_" + id;
    }

    /** @throws UserFacingException 400 for a token no link of ours made */
    public static Optional<WallCursor> parse(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Matcher m = TOKEN.matcher(token);
        try {
            if (m.matches()) {
                return Optional.of(new WallCursor(Instant.EPOCH.plus(Long.parseLong(m.group(2)), ChronoUnit.MICROS),
                        Long.parseLong(m.group(3)), m.group(1).equals("o")));
            }
        } catch (ArithmeticException | NumberFormatException | java.time.DateTimeException e) {
            // out of range: refused below like any other
        }
        throw UserFacingException.badRequest("页码不正确");
    }
}
