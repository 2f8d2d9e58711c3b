package org.mashang.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.AsGet;
import org.mashang.platform.TooManyRequests;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the password check (POST /login): an attempt that must wait is not checked at all, and gets the
 * sign-in page again with 429, a Retry-After and the time to wait.
 */
@RequiredArgsConstructor
class LoginThrottle extends OncePerRequestFilter {

    /** The reason shown on the sign-in page. */
    static final String REFUSED = "mashang.loginRefused";

    private final LoginLimits limits;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod()) || !"/login".equals(request.getServletPath())) {
            chain.doFilter(request, response);
            return;
        }
        try {
            limits.attempt(request.getParameter("username"), request.getRemoteAddr());
        } catch (TooManyRequests e) {
            response.setStatus(e.status().value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
            request.setAttribute(REFUSED, e.getMessage());
            request.getRequestDispatcher("/login").forward(new AsGet(request), response);
            return;
        }
        chain.doFilter(request, response);
    }
}
