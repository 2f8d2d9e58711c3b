package org.mashang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.platform.PublicPages;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * A kept page that is due is renewed by the application's own request while every visitor gets the kept one at once;
 * when that request cannot be made, or the page is no longer one to keep, visitors get the page as it is now.
 */
@UnitTest
class PageRenewalTests {

    static final Duration TTL = Duration.ofMillis(40);

    /** The page: "version N", one more each time it is rendered; a render can be held, or answer another status. */
    final AtomicInteger renders = new AtomicInteger();
    final AtomicReference<CountDownLatch> hold = new AtomicReference<>(new CountDownLatch(0));
    volatile int status = 200;
    final FilterChain page = (request, response) -> {
        try {
            hold.get().await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(status);
        http.setContentType("text/html;charset=UTF-8");
        http.getWriter().write("version " + renders.incrementAndGet());
    };

    /** Sends each renewal to the filter itself (on another thread), as the request to this application would. */
    final Renewals renewals = new Renewals();
    final PageCacheFilter filter = filter(renewals);

    class Renewals extends BackgroundRenewals {
        volatile boolean reachesUs = true;
        final AtomicInteger sent = new AtomicInteger();

        Renewals() {
            super(false, Duration.ofSeconds(5));
        }

        @Override
        CompletableFuture<?> send(HttpServletRequest visitor, String token) {
            sent.incrementAndGet();
            if (!reachesUs) {
                return CompletableFuture.completedFuture(null);
            }
            return CompletableFuture.runAsync(() -> {
                MockHttpServletRequest renewal = new MockHttpServletRequest("GET", visitor.getRequestURI());
                renewal.addHeader(HEADER, token);
                try {
                    filter.doFilter(renewal, new MockHttpServletResponse(), page);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    static PageCacheFilter filter(BackgroundRenewals renewals) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("pages", PublicPages.of("/page"));
        beans.registerSingleton("locales", new AcceptHeaderLocaleResolver());
        PageCacheProperties properties = new PageCacheProperties(TTL, 100, DataSize.ofMegabytes(1), DataSize.ofKilobytes(64));
        return new PageCacheFilter(properties, beans.getBeanProvider(PublicPages.class), beans.getBeanProvider(LocaleResolver.class),
                beans.getBeanProvider(CsrfTokenRepository.class), beans.getBeanProvider(CsrfTokenRequestHandler.class), renewals);
    }

    MockHttpServletResponse visit() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/page"), response, page);
        return response;
    }

    /** A visit that must be answered within a second, though a render may be held. */
    MockHttpServletResponse visitAtOnce() throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return visit();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get(1, TimeUnit.SECONDS);
    }

    static String body(MockHttpServletResponse response) {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    void afterTheTimeToLive() throws InterruptedException {
        Thread.sleep(TTL.toMillis() + 20);
    }

    void untilRendered(int times) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (renders.get() < times && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(renders.get()).isEqualTo(times);
    }

    @Test
    void aDuePageIsSentAsKeptAtOnceWhileTheApplicationRendersItAgain() throws Exception {
        assertThat(body(visit())).isEqualTo("version 1");
        afterTheTimeToLive();
        CountDownLatch slowRender = new CountDownLatch(1);
        hold.set(slowRender);

        // the render is held; the visitor who found the page due and the next ones do not wait for it
        assertThat(body(visitAtOnce())).isEqualTo("version 1");
        assertThat(body(visitAtOnce())).isEqualTo("version 1");
        assertThat(renewals.sent.get()).as("one renewal for the page, not one per visitor").isEqualTo(1);

        slowRender.countDown();
        untilRendered(2);
        Thread.sleep(20); // kept once the renewal's render has been captured
        assertThat(body(visit())).isEqualTo("version 2");
        assertThat(renders.get()).as("the renewed page is kept and sent").isEqualTo(2);
    }

    @Test
    void whenTheRenewalDoesNotReachTheApplicationTheVisitorsRequestRendersThePage() throws Exception {
        renewals.reachesUs = false;
        assertThat(body(visit())).isEqualTo("version 1");
        afterTheTimeToLive();
        assertThat(body(visit())).as("the kept page, while the renewal was tried").isEqualTo("version 1");
        assertThat(renders.get()).isEqualTo(1);

        afterTheTimeToLive();
        assertThat(body(visit())).as("renewals paused: rendered for this visitor").isEqualTo("version 2");
        assertThat(renewals.sent.get()).isEqualTo(1);
    }

    @Test
    void aPageThatIsNoLongerOneToKeepIsForgottenAndTheNextVisitorGetsItAsItIs() throws Exception {
        assertThat(body(visit())).isEqualTo("version 1");
        status = 404;
        afterTheTimeToLive();
        assertThat(body(visit())).isEqualTo("version 1");
        untilRendered(2);
        Thread.sleep(20);

        MockHttpServletResponse now = visit();
        assertThat(now.getStatus()).isEqualTo(404);
        assertThat(body(now)).isEqualTo("version 3");
    }

    @Test
    void onlyATokenHandedOutMakesARequestARenewal() throws Exception {
        MockHttpServletRequest pretending = new MockHttpServletRequest("GET", "/page");
        pretending.addHeader(BackgroundRenewals.HEADER, "0123456789abcdef0123456789abcdef");
        assertThat(renewals.isRenewal(pretending)).isFalse();
        assertThat(renewals.claim(pretending)).isNull();

        renewals.reachesUs = false;
        AtomicReference<String> token = new AtomicReference<>();
        BackgroundRenewals watching = new BackgroundRenewals(false, Duration.ofSeconds(5)) {
            @Override
            CompletableFuture<?> send(HttpServletRequest visitor, String handedOut) {
                token.set(handedOut);
                return new CompletableFuture<>(); // still under way
            }
        };
        assertThat(watching.start("/page?|zh_CN", new MockHttpServletRequest("GET", "/page"), () -> { })).isTrue();
        MockHttpServletRequest renewal = new MockHttpServletRequest("GET", "/page");
        renewal.addHeader(BackgroundRenewals.HEADER, token.get());
        assertThat(watching.isRenewal(renewal)).isTrue();
        assertThat(watching.claim(renewal)).isEqualTo("/page?|zh_CN");
        assertThat(watching.claim(renewal)).as("once").isNull();
        assertThat(watching.isRenewal(renewal)).isFalse();
    }
}
