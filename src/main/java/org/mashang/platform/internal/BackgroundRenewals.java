package org.mashang.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;
import org.mashang.platform.PageRenewals;
import org.mashang.platform.PerThreadSecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Renews a kept page that is due by a GET the application sends to itself, on the address and port the visitor's
 * request came in on, while that visitor and the others are sent the kept page at once: a page that takes 300 ms to
 * render (the wall's deep pages, a year's statistics at province size) no longer makes one visitor a second wait for
 * it. The same idea as a proxy's background update of a cached page (nginx's proxy_cache_background_update).
 *
 * <p>The request carries a one-time token naming the page it renews; only a token handed out here and not yet used
 * makes a request a renewal, so no visitor can pass for one. When a renewal does not reach this application (a TLS
 * connector, a port not reachable from this host), renewals are left off for a minute and the page is rendered in the
 * visitor's request as before.
 */
@Component
class BackgroundRenewals implements PageRenewals {

    static final String HEADER = "X-Mashang-Page-Renewal";
    private static final Logger log = LoggerFactory.getLogger(BackgroundRenewals.class);
    private static final long PAUSE_AFTER_FAILURE = Duration.ofMinutes(1).toNanos();

    private final ConcurrentHashMap<String, String> pending = new ConcurrentHashMap<>();
    /** Pages renewed at once at most; a due page beyond that is rendered in the visitor's request. */
    private final Semaphore inFlight = new Semaphore(4);
    /** Made at the first renewal: building one sets up the JDK's TLS context, a tenth of a second of every start. */
    private final SingletonSupplier<HttpClient> client = SingletonSupplier.of(() -> HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER).build());
    private final boolean tls;
    private final Duration timeout;
    private volatile long pausedUntil = System.nanoTime();

    BackgroundRenewals(@Value("${server.ssl.enabled:false}") boolean tls,
                       @Value("${mashang.pages.renewal-timeout:30s}") Duration timeout) {
        this.tls = tls;
        this.timeout = timeout;
    }

    /**
     * Sends the request renewing the page kept under {@code key}, as {@code visitor} asked for it.
     *
     * @param done run when the renewal has ended, whether the page was kept again or not
     * @return false when no renewal was sent: render it in this request
     */
    boolean start(String key, HttpServletRequest visitor, Runnable done) {
        if (tls || System.nanoTime() - pausedUntil < 0 || !inFlight.tryAcquire()) {
            return false;
        }
        String token = HexFormat.of().formatHex(PerThreadSecureRandom.bytes(16));
        pending.put(token, key);
        try {
            send(visitor, token).whenComplete((answer, failure) -> ended(token, failure, done));
        } catch (RuntimeException e) {
            ended(token, e, done);
        }
        return true;
    }

    /** The GET renewing the page, to where the visitor's request came in, in this visitor's languages. */
    CompletableFuture<?> send(HttpServletRequest visitor, String token) {
        HttpRequest.Builder renewal = HttpRequest.newBuilder(address(visitor)).timeout(timeout).header(HEADER, token).GET();
        String languages = visitor.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (languages != null) {
            renewal.header(HttpHeaders.ACCEPT_LANGUAGE, languages);
        }
        return client.obtain().sendAsync(renewal.build(), HttpResponse.BodyHandlers.discarding());
    }

    private void ended(String token, @Nullable Throwable failure, Runnable done) {
        try {
            if (pending.remove(token) != null) {
                // never reached this application's filter: not a slow page, a way that does not lead here
                pausedUntil = System.nanoTime() + PAUSE_AFTER_FAILURE;
                log.warn("A kept page could not be renewed in the background ({}); pages are rendered for the visitor for a minute",
                        failure != null ? failure.toString() : "the request did not reach this application");
            }
        } finally {
            inFlight.release();
            done.run();
        }
    }

    /** The page a renewal renews, once: null for any other request. */
    @Nullable
    String claim(HttpServletRequest request) {
        String token = request.getHeader(HEADER);
        return token == null ? null : pending.remove(token);
    }

    @Override
    public boolean isRenewal(HttpServletRequest request) {
        String token = request.getHeader(HEADER);
        return token != null && pending.containsKey(token);
    }

    private static URI address(HttpServletRequest visitor) {
        String host = visitor.getLocalAddr();
        if (host.indexOf(':') >= 0) {
            host = "[" + host + "]";
        }
        String query = visitor.getQueryString();
        return URI.create("http://" + host + ":" + visitor.getLocalPort() + visitor.getRequestURI() + (query != null ? "?" + query : ""));
    }
}
