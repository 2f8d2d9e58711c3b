package org.mashang.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.mashang.platform.PerVisitor;
import org.mashang.platform.PublicPages;
import org.mashang.platform.ReferenceDataChanged;
import org.mashang.platform.UploadProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the public pages the modules declare ({@link PublicPages}) in memory for {@code mashang.pages.cache-ttl}
 * (1 s): a sign scanned by many phones at once is rendered about once a second, the other visitors get the kept bytes
 * with their own CSRF token and form key filled in. When a kept page is due, it is rendered again by a request the
 * application sends itself ({@link BackgroundRenewals}) while every visitor still gets the one kept (or, when that
 * cannot be sent, by the visitor's request while the others get the one kept). Anything an administrator changes
 * empties the cache at once on this instance; other changes (a new case, a reply) show within the time to live.
 *
 * <p>It sits before Spring Session and Spring Security: a page is rendered through them, and what they set on the
 * answer (security headers) is kept with it and sent again; a kept page is served only to a visitor who carries no
 * cookie but the CSRF one and no credentials, that is, who can only be anonymous, and gets their token from the very
 * repository and handler Spring Security uses. Only answers 200 that set no cookie of their own are kept.
 *
 * <p>It also sits before {@link DatabaseOutageFilter}: kept pages need no database, so while it is gone they are still
 * sent, as last kept (a renewal answered 503 keeps the page), and only what must be rendered gets the 503.
 */
@Component
@Order(PageCacheFilter.ORDER)
class PageCacheFilter extends OncePerRequestFilter {

    /**
     * After the request metrics, before the database outage filter (MIN + 45), Spring Session (MIN + 50) and Spring
     * Security (-100); the scan counter is before.
     */
    static final int ORDER = Integer.MIN_VALUE + 40;

    private static final String CSRF_COOKIE = "XSRF-TOKEN";
    private static final Duration FIRST_RENDER_WAIT = Duration.ofSeconds(2);
    /** Headers of a rendered page not sent again with the kept one: per answer, or set when it is sent. */
    private static final Set<String> NOT_KEPT = Set.of("set-cookie", "content-length", "content-type", "date",
            "transfer-encoding", "content-encoding", "vary", "connection", "keep-alive");

    private final PageCacheProperties properties;
    private final ObjectProvider<PublicPages> declared;
    private final SingletonSupplier<LocaleResolver> localeResolver;
    private final PageHoles holes;
    private final KeptPages kept;
    private final BackgroundRenewals renewals;
    private final ConcurrentHashMap<String, CountDownLatch> firstRenders = new ConcurrentHashMap<>();
    private final CachedPage.Markers markers;
    private volatile PageRules rules;

    PageCacheFilter(PageCacheProperties properties, ObjectProvider<PublicPages> declared, ObjectProvider<LocaleResolver> localeResolver,
                    ObjectProvider<CsrfTokenRepository> csrfTokens, ObjectProvider<CsrfTokenRequestHandler> csrfHandler,
                    BackgroundRenewals renewals) {
        this.properties = properties;
        this.renewals = renewals;
        this.declared = declared;
        this.localeResolver = SingletonSupplier.of(localeResolver::getObject);
        this.kept = new KeptPages(properties.maxEntries(), properties.maxBytes().toBytes());
        String hex = CachedPage.nonce();
        this.markers = new CachedPage.Markers("csrf" + hex, "fkey" + hex);
        this.holes = new PageHoles(csrfTokens, csrfHandler, markers);
    }

    /** What an administrator changes (names, codes, categories, blocks) shows at once. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ReferenceDataChanged e) {
        kept.clear();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // a message form too large to read comes back as with GET, with its 413 and the reason: rendered, never the kept page
        return properties.cacheTtl().isZero() || !"GET".equals(request.getMethod()) || UploadProblem.of(request) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String renewed = renewals.claim(request);
        if (renewed != null) {
            if (!render(renewed, request, response, chain) && response.getStatus() != HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
                // gone, an error, a redirect now: the next visitor gets what it is, not the page kept before. Not for a
                // 503 (the database gone for now): visitors keep getting the page kept until it can be rendered again
                kept.forget(renewed);
            }
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PageRules.Rule rule = rules().match(path);
        String query = request.getQueryString();
        boolean asks = query != null || !request.getParameterMap().isEmpty();
        if (rule == null || (asks && !rule.withQuery()) || !anonymousWithoutState(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = path + "?" + (query != null ? query : asks ? parameters(request) : "") + "|"
                + localeResolver.obtain().resolveLocale(request);
        KeptPages.Entry entry = kept.get(key);
        if (entry == null) {
            entry = afterFirstRender(key, request, response, chain);
            if (entry == null) {
                return;
            }
        }
        // fresh, or someone is already rendering it again: the one kept will do meanwhile
        boolean mine = !entry.fresh(System.nanoTime()) && entry.renewing.compareAndSet(false, true);
        if (mine && renewals.start(key, request, entry.renewed())) {
            mine = false; // renewed in the background: this visitor gets the kept one too
        }
        if (!mine && send(entry.page, request, response)) {
            return;
        }
        try {
            render(key, request, response, chain);
        } finally {
            if (mine) {
                entry.renewed().run();
            }
        }
    }

    /**
     * A page not kept yet: the first request renders it, the others asking for it meanwhile wait for that (a moment,
     * not 64 renders of a heavy page at once).
     *
     * @return the page kept by the first render, or null when this request has been answered
     */
    private KeptPages.Entry afterFirstRender(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CountDownLatch mine = new CountDownLatch(1);
        CountDownLatch first = firstRenders.putIfAbsent(key, mine);
        if (first == null) {
            try {
                render(key, request, response, chain);
            } finally {
                firstRenders.remove(key, mine);
                mine.countDown();
            }
            return null;
        }
        try {
            if (first.await(FIRST_RENDER_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                KeptPages.Entry entry = kept.get(key);
                if (entry != null && send(entry.page, request, response)) {
                    return null;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        render(key, request, response, chain);
        return null;
    }

    /** Sends a kept page with this visitor's values; false when it needs a CSRF token and none can be made here. */
    private boolean send(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        CsrfToken token = page.hasCsrfToken() ? holes.visitorToken(request, response) : null;
        if (page.hasCsrfToken() && token == null) {
            return false;
        }
        page.send(request, response, HttpServletResponse.SC_OK, true, hole -> PageHoles.value(hole, token));
        return true;
    }

    /** @return whether the page rendered is kept */
    private boolean render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest placeholders = holes.placeholders(request);
        List<String> cookiesBefore = ownCookies(response);
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(placeholders, captured);
        } finally {
            placeholders.removeAttribute(PerVisitor.FORM_KEY_PLACEHOLDER);
        }
        if (response.isCommitted()) {
            // a redirect or an error sent as such: nothing was rendered to keep or to fill
            captured.copyBodyToResponse();
            return false;
        }
        byte[] body = captured.getContentAsByteArray();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase())) {
                headers.put(name, List.copyOf(response.getHeaders(name)));
            }
        }
        if (!headers.containsKey(HttpHeaders.CONTENT_LANGUAGE) && response.getContentType() != null
                && response.getContentType().startsWith("text/html")) {
            // a page's language is not a header Tomcat lists until the answer is sent
            headers.put(HttpHeaders.CONTENT_LANGUAGE, List.of(response.getLocale().toLanguageTag()));
        }
        CachedPage page = CachedPage.of(body, response.getContentType(), headers, markers);
        int status = captured.getStatus();
        boolean keep = status == HttpServletResponse.SC_OK && body.length <= properties.maxPageSize().toBytes()
                && cookiesBefore.equals(ownCookies(response));
        if (keep) {
            keep = kept.put(key, page, properties.cacheTtl());
        }
        // this visitor's copy, with the token Spring Security made for this request, whether kept or not
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        page.send(request, response, status, false, hole -> PageHoles.value(hole, token));
        return keep;
    }

    /** Cookies the answer sets, but the CSRF one (set for any visitor who has none). */
    private static List<String> ownCookies(HttpServletResponse response) {
        return response.getHeaders(HttpHeaders.SET_COOKIE).stream().filter(c -> !c.startsWith(CSRF_COOKIE + "=")).toList();
    }

    private PageRules rules() {
        PageRules known = rules;
        if (known == null) {
            known = new PageRules(declared.orderedStream().toList());
            rules = known;
        }
        return known;
    }

    /** The parameters in a fixed order, when the container gives no query string (a forwarded or mock request). */
    private static String parameters(HttpServletRequest request) {
        StringBuilder key = new StringBuilder();
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> key.append(name).append('=')
                .append(String.join(",", values)).append('&'));
        return key.toString();
    }

    /**
     * Staff signed in, a resident's session or any preference kept in a cookie make the page someone's own; without
     * them (only the CSRF cookie, no credentials) a visitor of this application can only be anonymous.
     */
    private static boolean anonymousWithoutState(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!cookie.getName().equals(CSRF_COOKIE)) {
                    return false;
                }
            }
        }
        return true;
    }
}
