package org.mashang.cases.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.mashang.cases.internal.Receipt;
import org.mashang.platform.Sealer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * A resident's receipt (ticket and query code) on its way from the form to the receipt page: sealed in a cookie sent
 * only to that page, for a few minutes, and dropped once shown. So leaving a message makes no server session (a
 * session in the database cost two more writes to disk per message), and the query code never goes into a URL.
 */
@Component
public class ReceiptCookies {

    static final String NAME = "mashang-receipt";
    static final Duration LIFETIME = Duration.ofMinutes(10);

    private final Sealer sealer;
    private final Clock clock;

    ReceiptCookies(Sealer sealer, Clock clock) {
        this.sealer = sealer;
        this.clock = clock;
    }

    /** Sets the cookie for the receipt page at {@code path} (context-relative). */
    void give(Receipt receipt, String path, HttpServletRequest request, HttpServletResponse response) {
        String sealed = sealer.seal(receipt.caseId() + "\t" + receipt.ticket() + "\t" + receipt.queryCode() + "\t"
                + clock.instant().plus(LIFETIME).getEpochSecond());
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(sealed, path, LIFETIME, request).toString());
    }

    /** The receipt the request carries for this page, if any and still fresh; the cookie is dropped either way. */
    Optional<Receipt> take(HttpServletRequest request, HttpServletResponse response) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                response.addHeader(HttpHeaders.SET_COOKIE, cookie("", path, Duration.ZERO, request).toString());
                return open(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** The receipt sealed in a cookie's value, while fresh. */
    public Optional<Receipt> open(String value) {
        return sealer.open(value).map(text -> text.split("\t")).filter(parts -> parts.length == 4)
                .filter(parts -> Instant.ofEpochSecond(Long.parseLong(parts[3])).isAfter(clock.instant()))
                .map(parts -> new Receipt(Long.parseLong(parts[0]), parts[1], parts[2]));
    }

    private static ResponseCookie cookie(String value, String path, Duration maxAge, HttpServletRequest request) {
        return ResponseCookie.from(NAME, value).path(request.getContextPath() + path).maxAge(maxAge).httpOnly(true)
                .secure(request.isSecure()).sameSite("Lax").build();
    }
}
