package org.mashang.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The cookies the site keeps on a visitor's device (a resident's language and elder mode, the tickets this device knows,
 * the mark that lets a visitor read what they just wrote): for the whole site, out of reach of scripts, sent only over
 * HTTPS when the visit came that way, and not along with other sites' requests except when following a link here.
 */
public final class SiteCookies {

    /** How long a resident's choice (language, elder mode) is remembered on the device. */
    public static final int ONE_YEAR = 365 * 24 * 3600;

    private SiteCookies() {
    }

    /** A cookie to add to the response; {@code maxAgeSeconds} 0 removes it from the device. */
    public static Cookie of(HttpServletRequest request, String name, String value, int maxAgeSeconds) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /** The values of the cookies of that name the request carries, in the order it carries them. */
    public static Stream<String> values(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Stream.empty() : Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue);
    }
}
