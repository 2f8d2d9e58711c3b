package org.mashang.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.mashang.platform.KeptViews;
import org.mashang.platform.ReferenceDataChanged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@link KeptViews}: the page rendered with a placeholder in each hole is cut there ({@link CachedPage}) and kept in
 * its own {@link KeptPages}, beside the public pages and within the same limits.
 */
@Component
class HoledViews implements KeptViews {

    /** What a hole's value may hold: it goes into text and links unescaped. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9 :-]*");

    private final PageCacheProperties properties;
    private final ObjectProvider<ViewResolver> resolvers;
    private final KeptPages kept;
    private volatile List<ViewResolver> ordered;
    /** Pages found not fit to keep (a form in them …), rendered as they are until their time is up: when, per key. */
    private final Map<String, Long> unfit = new ConcurrentHashMap<>();
    /** The placeholders' common start, random per instance ({@link CachedPage#nonce}). */
    private final String marker;

    HoledViews(PageCacheProperties properties, ObjectProvider<ViewResolver> resolvers) {
        this.properties = properties;
        this.resolvers = resolvers;
        this.kept = new KeptPages(properties.maxEntries(), properties.maxBytes().toBytes());
        this.marker = "hole" + CachedPage.nonce() + "x";
    }

    /** What an administrator changes (names, codes, the site's owner) shows at once. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ReferenceDataChanged e) {
        kept.clear();
        unfit.clear();
    }

    @Override
    public View view(String viewName, String key, String... holes) {
        List<String> names = List.of(holes);
        return new View() {
            @Override
            public String getContentType() {
                return null;
            }

            @Override
            public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
                HoledViews.this.render(viewName, key, names, model == null ? Map.of() : model, request, response);
            }
        };
    }

    private void render(String viewName, String key, List<String> holes, Map<String, ?> model, HttpServletRequest request,
                        HttpServletResponse response) throws Exception {
        Locale locale = RequestContextUtils.getLocale(request);
        List<String> values = new ArrayList<>();
        for (String hole : holes) {
            values.add(model.get(hole) instanceof String value && SAFE.matcher(value).matches() ? value : null);
        }
        String layout = SitePageAttributes.layoutKey(request);
        if (properties.cacheTtl().isZero() || values.contains(null) || layout == null) {
            resolve(viewName, locale).render(model, request, response);
            return;
        }
        String pageKey = viewName + "|" + key + "|" + locale.toLanguageTag() + "|" + layout;
        Long unfitUntil = unfit.get(pageKey);
        if (unfitUntil != null && System.nanoTime() - unfitUntil < 0) {
            resolve(viewName, locale).render(model, request, response);
            return;
        }
        KeptPages.Entry entry = kept.get(pageKey);
        // due: one request renders it again while the others still get the one kept
        boolean mine = entry == null || (!entry.fresh(System.nanoTime()) && entry.renewing.compareAndSet(false, true));
        CachedPage page = entry == null ? null : entry.page;
        if (mine) {
            // the view only for a render: sending a kept page needs none
            View view;
            try {
                view = resolve(viewName, locale);
                page = renderWithPlaceholders(view, holes, model, request, response);
            } finally {
                if (entry != null) {
                    entry.renewed().run();
                }
            }
            if (page == null) {
                kept.forget(pageKey);
                if (unfit.size() >= properties.maxEntries()) {
                    unfit.clear();
                }
                unfit.put(pageKey, System.nanoTime() + properties.cacheTtl().toNanos());
                view.render(model, request, response);
                return;
            }
            kept.put(pageKey, page, properties.cacheTtl());
        }
        page.sendFilled(request, response, HttpServletResponse.SC_OK, false, values::get);
    }

    /** @return the page cut at its holes, or null when it cannot be kept (not a 200, a cookie set, a form in it) */
    private CachedPage renderWithPlaceholders(View view, List<String> holes, Map<String, ?> model, HttpServletRequest request,
                                              HttpServletResponse response) throws Exception {
        Map<String, Object> placeholders = new HashMap<>(model);
        List<String> markers = new ArrayList<>();
        for (int i = 0; i < holes.size(); i++) {
            markers.add(marker + i + "x");
            placeholders.put(holes.get(i), markers.get(i));
        }
        int cookiesBefore = response.getHeaders(HttpHeaders.SET_COOKIE).size();
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        view.render(placeholders, request, captured);
        byte[] body = captured.getContentAsByteArray();
        // a cookie set while rendering (a token made for a form) would be this visitor's alone
        boolean keep = captured.getStatus() == HttpServletResponse.SC_OK
                && response.getHeaders(HttpHeaders.SET_COOKIE).size() == cookiesBefore
                && body.length <= properties.maxPageSize().toBytes()
                // a form would carry the CSRF token of the visitor it was rendered for
                && !new String(body, StandardCharsets.UTF_8).contains("name=\"_csrf\"");
        // nothing of it has reached the visitor: their copy is sent from the pieces
        return keep ? CachedPage.of(body, captured.getContentType(), Map.of(), markers) : null;
    }

    private View resolve(String viewName, Locale locale) throws Exception {
        List<ViewResolver> known = ordered;
        if (known == null) {
            known = resolvers.orderedStream().toList();
            ordered = known;
        }
        for (ViewResolver resolver : known) {
            View view = resolver.resolveViewName(viewName, locale);
            if (view != null) {
                return view;
            }
        }
        throw new IllegalStateException("no view named " + viewName);
    }
}
