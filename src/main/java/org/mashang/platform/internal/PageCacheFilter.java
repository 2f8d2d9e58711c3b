package org.mashang.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.mashang.platform.PerVisitor;
import org.mashang.platform.PublicPages;
import org.mashang.platform.ReferenceDataChanged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the public pages the modules declare ({@link PublicPages}) in memory for {@code mashang.pages.cache-ttl}
 * (1 s): a sign scanned by many phones at once is rendered about once a second, the other visitors get the kept
 * bytes with their own CSRF token and form key filled in. When a kept page is due, one request renders it again
 * while the others still get the one kept. Anything an administrator changes empties the cache at once on this
 * instance; other changes (a new case, a reply) show within the time to live. Only anonymous visitors without other
 * cookies are served from it, and only answers 200 that set no cookie are kept.
 */
@Component
@Order(PageCacheFilter.ORDER)
class PageCacheFilter extends OncePerRequestFilter {

    /** After Spring Security and the scan counter (0), so kept pages are secured and counted like any other. */
    static final int ORDER = 10;

    private record Rule(String[] segments, boolean withQuery) {
    }

    private static final class Entry {
        final CachedPage page;
        final long expiresAt;
        final AtomicBoolean renewing = new AtomicBoolean();

        Entry(CachedPage page, long expiresAt) {
            this.page = page;
            this.expiresAt = expiresAt;
        }
    }

    private final PageCacheProperties properties;
    private final ObjectProvider<PublicPages> declared;
    private final ObjectProvider<LocaleResolver> localeResolver;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final CachedPage.Markers markers;
    private volatile List<Rule> rules;

    PageCacheFilter(PageCacheProperties properties, ObjectProvider<PublicPages> declared,
                    ObjectProvider<LocaleResolver> localeResolver) {
        this.properties = properties;
        this.declared = declared;
        this.localeResolver = localeResolver;
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        String hex = HexFormat.of().formatHex(nonce);
        this.markers = new CachedPage.Markers("csrf" + hex, "fkey" + hex);
    }

    /** What an administrator changes (names, codes, categories, blocks) shows at once. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ReferenceDataChanged e) {
        clear();
    }

    void clear() {
        entries.clear();
        bytes.set(0);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return properties.cacheTtl().isZero() || !"GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Rule rule = rule(path);
        String query = request.getQueryString();
        boolean asks = query != null || !request.getParameterMap().isEmpty();
        if (rule == null || (asks && !rule.withQuery()) || !anonymousWithoutState(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = path + "?" + (query != null ? query : asks ? parameters(request) : "") + "|"
                + localeResolver.getObject().resolveLocale(request);
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null && (now - entry.expiresAt < 0 || !entry.renewing.compareAndSet(false, true))) {
            // fresh, or someone is already rendering it again: the one kept will do meanwhile
            entry.page.send(request, response, HttpServletResponse.SC_OK, hole -> value(hole, request));
            return;
        }
        try {
            render(key, request, response, chain);
        } finally {
            if (entry != null) {
                entry.renewing.set(false);
            }
        }
    }

    private void render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CsrfToken real = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        HttpServletRequest placeholders = request;
        if (real != null) {
            // the visitor's own token, made now so its cookie is set before rendering, like on any page with a form
            real.getToken();
            placeholders = new Placeholders(request, new DefaultCsrfToken(real.getHeaderName(), real.getParameterName(),
                    markers.csrfToken()));
        }
        placeholders.setAttribute(PerVisitor.FORM_KEY_PLACEHOLDER, markers.formKey());
        List<String> cookiesBefore = new ArrayList<>(response.getHeaders(HttpHeaders.SET_COOKIE));
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(placeholders, captured);
        } finally {
            placeholders.removeAttribute(PerVisitor.FORM_KEY_PLACEHOLDER);
        }
        if (response.isCommitted()) {
            // a redirect or an error sent as such: nothing was rendered to keep or to fill
            captured.copyBodyToResponse();
            return;
        }
        byte[] body = captured.getContentAsByteArray();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : List.of(HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.CACHE_CONTROL, HttpHeaders.CONTENT_DISPOSITION)) {
            String value = response.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        CachedPage page = CachedPage.of(body, response.getContentType(), headers, markers);
        int status = captured.getStatus();
        if (status == HttpServletResponse.SC_OK && body.length <= properties.maxPageSize().toBytes()
                && cookiesBefore.equals(new ArrayList<>(response.getHeaders(HttpHeaders.SET_COOKIE)))) {
            store(key, page);
        }
        // this visitor's copy, placeholders filled, whether kept or not (an error page is sent with its status)
        page.send(request, response, status, hole -> value(hole, request));
    }

    private void store(String key, CachedPage page) {
        long size = page.size();
        if (bytes.get() + size > properties.maxBytes().toBytes() || entries.size() >= properties.maxEntries()) {
            long now = System.nanoTime();
            entries.entrySet().removeIf(e -> {
                boolean expired = now - e.getValue().expiresAt > 0;
                if (expired) {
                    bytes.addAndGet(-e.getValue().page.size());
                }
                return expired;
            });
            if (bytes.get() + size > properties.maxBytes().toBytes() || entries.size() >= properties.maxEntries()) {
                return;
            }
        }
        Entry previous = entries.put(key, new Entry(page, System.nanoTime() + properties.cacheTtl().toNanos()));
        bytes.addAndGet(size - (previous == null ? 0 : previous.page.size()));
    }

    private static String value(CachedPage.Hole hole, HttpServletRequest request) {
        return switch (hole) {
            case CSRF_TOKEN -> {
                CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
                yield token == null ? "" : token.getToken();
            }
            case FORM_KEY -> PerVisitor.newFormKey();
        };
    }

    /** The parameters in a fixed order, when the container gives no query string (a forwarded or mock request). */
    private static String parameters(HttpServletRequest request) {
        StringBuilder key = new StringBuilder();
        new java.util.TreeMap<>(request.getParameterMap()).forEach((name, values) -> key.append(name).append('=')
                .append(String.join(",", values)).append('&'));
        return key.toString();
    }

    /** Signed-in staff, a resident's session or any preference kept in a cookie make the page someone's own. */
    private static boolean anonymousWithoutState(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!cookie.getName().equals("XSRF-TOKEN")) {
                    return false;
                }
            }
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken;
    }

    private Rule rule(String path) {
        List<Rule> known = rules;
        if (known == null) {
            known = new ArrayList<>();
            for (PublicPages pages : declared.orderedStream().toList()) {
                known.addAll(collect(pages.paths(), false));
                known.addAll(collect(pages.pathsWithQuery(), true));
            }
            rules = known;
        }
        String[] segments = path.split("/", -1);
        for (Rule rule : known) {
            if (matches(rule.segments(), segments)) {
                return rule;
            }
        }
        return null;
    }

    private static Collection<Rule> collect(List<String> paths, boolean withQuery) {
        return paths.stream().map(p -> new Rule(p.split("/", -1), withQuery)).toList();
    }

    private static boolean matches(String[] pattern, String[] segments) {
        if (pattern.length != segments.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].equals("*") ? segments[i].isEmpty() : !pattern[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }

    /** While a page is rendered to be kept, the CSRF token a form shows is a placeholder, filled per visitor later. */
    private static final class Placeholders extends HttpServletRequestWrapper {

        private final CsrfToken placeholder;

        Placeholders(HttpServletRequest request, CsrfToken placeholder) {
            super(request);
            this.placeholder = placeholder;
        }

        @Override
        public Object getAttribute(String name) {
            if (name.equals(CsrfToken.class.getName()) || name.equals(placeholder.getParameterName())) {
                return placeholder;
            }
            return super.getAttribute(name);
        }
    }
}
