package org.mashang.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database does not answer ({@link DatabaseProbe}), every page is a 503 in Chinese with a Retry-After, at
 * once (static files, health endpoints and the public pages kept in memory, see {@link PageCacheFilter}, are still
 * served). A request that finds the database gone (or too slow: the request's statement timeout) before the probe
 * does gets the same page, never a stack trace or a 500. Marks the thread as serving a request, for the short timeouts
 * of {@link GuardedDataSource}.
 */
@RequiredArgsConstructor
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    static final int RETRY_AFTER_SECONDS = 10;
    private static final Pattern ALWAYS_SERVED = Pattern.compile("/(css|js|img|webjars)/.*|/favicon\\.ico|/actuator/health.*");

    private final DatabaseProbe probe;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ALWAYS_SERVED.matcher(path).matches()) {
            chain.doFilter(request, response);
            return;
        }
        if (!probe.reachable()) {
            unavailable(request, response);
            return;
        }
        WebRequests.begin();
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!databaseGone(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("503 {} {}: the database did not answer in time ({})", request.getMethod(), ClientErrors.clean(path, 200),
                    ClientErrors.clean(rootCause(e).toString(), 200));
            probe.suspect();
            unavailable(request, response);
        } finally {
            WebRequests.end();
        }
    }

    private static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        PlainPage.write(request, response, 503, "系统暂时无法提供服务",
                "系统正在恢复，请稍等片刻再试。您已提交成功的留言都已保存，不会丢失。");
    }

    /** No connection, a broken or timed-out one, a statement cancelled for taking too long. */
    static boolean databaseGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof DataAccessResourceFailureException
                    || t instanceof QueryTimeoutException || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getSQLState() == null ? String.valueOf(sql.getMessage()).contains("closed")
                    : sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57014") || sql.getSQLState().startsWith("57P"))) {
                return true; // no state: the pool's "Connection is closed" (the probe aborted it)
            }
            if (t instanceof java.net.SocketException || t instanceof java.io.EOFException) {
                return true;
            }
        }
        return false;
    }

    /** The server did not answer within the network timeout (as opposed to a connection refused or broken). */
    static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
