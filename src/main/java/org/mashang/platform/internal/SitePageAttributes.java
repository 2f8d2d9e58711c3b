package org.mashang.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.SiteCookies;
import org.mashang.platform.SiteProperties;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What every page's layout needs, as request attributes (so error pages have them too): the owner for the footer
 * ({@code site}), elder mode ({@code elder}, a cookie), the language ({@code lang}), and the page's own address for
 * the switches to come back to ({@code here}), whether a member of staff is signed in ({@code signedIn}, for the
 * top bar; a plain test instead of a security expression evaluated twice on every page). Reads cookies only: no session.
 */
@RequiredArgsConstructor
class SitePageAttributes implements HandlerInterceptor {

    static final String ELDER_COOKIE = "mashang_elder";

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final SiteProperties site;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.setAttribute("site", site);
        request.setAttribute("elder", elder(request));
        Locale locale = RequestContextUtils.getLocale(request);
        request.setAttribute("lang", Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh-CN");
        request.setAttribute("here", here(request));
        request.setAttribute("signedIn", TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication()));
        return true;
    }

    /**
     * What of the above differs between requests, for a page kept rendered ({@link HoledViews}); null for staff signed
     * in, whose header holds a form with their own token.
     */
    static String layoutKey(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute("signedIn")) ? null
                : request.getAttribute("lang") + "|" + request.getAttribute("elder") + "|" + request.getAttribute("here");
    }

    private static boolean elder(HttpServletRequest request) {
        return SiteCookies.values(request, ELDER_COOKIE).anyMatch("1"::equals);
    }

    /** The path of the page shown (for GET, with its query less any lang=), where the switches lead back to. */
    private static String here(HttpServletRequest request) {
        Object forwarded = request.getAttribute("jakarta.servlet.error.request_uri");
        String path = forwarded instanceof String original ? original : request.getRequestURI();
        String query = request.getQueryString();
        if ("GET".equals(request.getMethod()) && query != null && forwarded == null) {
            String kept = String.join("&", Arrays.stream(query.split("&")).filter(p -> !p.startsWith("lang=")).toList());
            return kept.isEmpty() ? path : path + "?" + kept;
        }
        return path;
    }
}
