package org.mashang.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.platform.PerVisitor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;

/**
 * The values of a public page that differ for each visitor: placeholders while the page is rendered to be kept, and
 * each visitor's own values when it is sent (a CSRF token as Spring Security makes it, a fresh form key).
 */
@RequiredArgsConstructor
final class PageHoles {

    private final ObjectProvider<CsrfTokenRepository> csrfTokens;
    private final ObjectProvider<CsrfTokenRequestHandler> csrfHandler;
    private final CachedPage.Markers markers;
    /** Spring Security's beans, looked up once: asking the bean factory on every kept page sent was a tenth of its cost. */
    private volatile @Nullable CsrfBeans csrf;

    private record CsrfBeans(@Nullable CsrfTokenRepository repository, @Nullable CsrfTokenRequestHandler handler) {
    }

    /** The request to render a page to keep: its form key and CSRF token are placeholders (the caller removes the key). */
    HttpServletRequest placeholders(HttpServletRequest request) {
        CsrfTokenRepository repository = csrf().repository();
        // the names Spring Security's token has, with a placeholder for its value (made without saving anything)
        CsrfToken names = repository == null ? null : repository.generateToken(request);
        HttpServletRequest placeholders = names == null ? request
                : new Placeholders(request, new DefaultCsrfToken(names.getHeaderName(), names.getParameterName(), markers.csrfToken()));
        placeholders.setAttribute(PerVisitor.FORM_KEY_PLACEHOLDER, markers.formKey());
        return placeholders;
    }

    /**
     * The visitor's CSRF token for a kept page, as Spring Security's CSRF filter makes it for any request: from the
     * visitor's cookie, or new (and its cookie set); null when the application has no such beans.
     */
    @Nullable CsrfToken visitorToken(HttpServletRequest request, HttpServletResponse response) {
        CsrfTokenRepository repository = csrf().repository();
        CsrfTokenRequestHandler handler = csrf().handler();
        if (repository == null || handler == null) {
            return null;
        }
        DeferredCsrfToken deferred = repository.loadDeferredToken(request, response);
        handler.handle(request, response, deferred::get);
        return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    }

    private CsrfBeans csrf() {
        CsrfBeans known = csrf;
        if (known == null) {
            known = new CsrfBeans(csrfTokens.getIfAvailable(), csrfHandler.getIfAvailable());
            csrf = known;
        }
        return known;
    }

    static String value(CachedPage.Hole hole, CsrfToken token) {
        return switch (hole) {
            case CSRF_TOKEN -> token == null ? "" : token.getToken();
            case FORM_KEY -> PerVisitor.newFormKey();
        };
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
