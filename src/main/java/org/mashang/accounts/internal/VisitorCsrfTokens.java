package org.mashang.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.mashang.platform.PerVisitor;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * CSRF tokens kept in a cookie as Spring Security's {@link CookieCsrfTokenRepository} keeps them, but made from the
 * thread's own random generator: every first visit to a public page gets a new token, and the repository's own
 * ({@code UUID.randomUUID()}) draws from one generator shared by the whole JVM, which the visitors of a busy sign queue
 * for.
 */
final class VisitorCsrfTokens implements CsrfTokenRepository {

    private static final String HEADER = "X-XSRF-TOKEN";
    private static final String PARAMETER = "_csrf";

    private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return new DefaultCsrfToken(HEADER, PARAMETER, PerVisitor.newFormKey());
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        cookies.saveToken(token, request, response);
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        return cookies.loadToken(request);
    }
}
