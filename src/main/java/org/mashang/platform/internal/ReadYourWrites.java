package org.mashang.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.platform.SiteCookies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Read-your-writes over a lagging replica. A request that may change something (any method but GET, HEAD, OPTIONS)
 * leaves on the device, as its response goes out, the primary's log position after the change. Until the replica has
 * replayed up to that position, that device's read-only transactions run on the primary; then the mark is dropped.
 * Other people read from the replica as before: they could not tell a lag from a change made a moment later.
 */
@RequiredArgsConstructor
class ReadYourWrites extends OncePerRequestFilter {

    static final String COOKIE = "mashang_written";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);
    private static final ThreadLocal<Boolean> PRIMARY_ONLY = new ThreadLocal<>();

    private final ReplicaPositions positions;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String written = written(request);
        boolean behind = written != null && !replayed(written);
        if (written != null && !behind) {
            response.addCookie(cookie(request, "", 0));
        }
        HttpServletResponse out = SAFE.contains(request.getMethod()) ? response : new MarkOnCommit(request, response);
        PRIMARY_ONLY.set(behind);
        try {
            chain.doFilter(request, out);
        } finally {
            PRIMARY_ONLY.remove();
        }
        if (out instanceof MarkOnCommit mark && !response.isCommitted()) {
            mark.onResponseCommitted();
        }
    }

    private boolean replayed(String written) {
        try {
            return positions.replayed(written);
        } catch (RuntimeException e) {
            log.warn("the replica's position could not be read; reading from the primary ({})", e.toString());
            return false;
        }
    }

    private static @Nullable String written(HttpServletRequest request) {
        return SiteCookies.values(request, COOKIE).filter(v -> !v.isBlank()).findFirst().orElse(null);
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        return SiteCookies.of(request, COOKIE, value, maxAge);
    }

    /** Sets the mark just before the response goes out, when the request's transactions have committed. */
    private final class MarkOnCommit extends OnCommittedResponseWrapper {

        private final HttpServletRequest request;
        private boolean marked;

        MarkOnCommit(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        protected void onResponseCommitted() {
            if (marked) {
                return;
            }
            marked = true;
            try {
                addCookie(cookie(request, positions.written(), 3600));
            } catch (RuntimeException e) {
                log.warn("the primary's position could not be read ({})", e.toString());
            }
        }
    }

    /** The read-only side: the replica, or the primary for a device whose change the replica has not replayed yet. */
    @RequiredArgsConstructor
    static final class Routing extends AbstractDataSource {

        private final DataSource replica;
        private final DataSource primary;

        private DataSource target() {
            return Boolean.TRUE.equals(PRIMARY_ONLY.get()) ? primary : replica;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return target().getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return target().getConnection(username, password);
        }
    }
}
