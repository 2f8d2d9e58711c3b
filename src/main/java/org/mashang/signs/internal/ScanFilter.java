package org.mashang.signs.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.platform.PageRenewals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sits in front of the pages a printed code leads to, {@code GET /d/{code}} and {@code GET /s/{code}} (the pages
 * only, not their photos or QR images): sends a deputy's replaced code on to their current page while it is in
 * its grace period, and counts each page shown per code and day, storing nothing about the visitor.
 */
@Component
@Order(ScanFilter.ORDER)
@RequiredArgsConstructor
class ScanFilter extends OncePerRequestFilter {

    /** Before the pages kept in memory (platform's PageCacheFilter), so a page served from memory is counted too. */
    static final int ORDER = Integer.MIN_VALUE + 30;

    private static final Logger log = LoggerFactory.getLogger(ScanFilter.class);
    private static final Pattern PAGE = Pattern.compile("/([ds])/([A-Za-z0-9_-]{1,32})");

    private final Directory directory;
    private final CodeReissue reissue;
    private final SignScans scans;
    private final Clock clock;
    private final PageRenewals renewals;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the application renewing its kept copy of the page is nobody's scan
        return !"GET".equals(request.getMethod()) || !PAGE.matcher(path(request)).matches() || renewals.isRenewal(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher page = PAGE.matcher(path(request));
        if (!page.matches()) {
            chain.doFilter(request, response);
            return;
        }
        boolean deputy = page.group(1).equals("d");
        String code = page.group(2).toLowerCase(Locale.ROOT);
        // a retired code is never handed out again, so only a code no deputy has now is looked up among them
        if (deputy && directory.deputyByCode(code).isEmpty()) {
            Optional<String> current = redirect(code);
            if (current.isPresent()) {
                response.setStatus(HttpStatus.FOUND.value());
                response.setHeader("Location", request.getContextPath() + "/d/" + current.get());
                return;
            }
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.OK.value()) {
            count(deputy, code);
        }
    }

    private Optional<String> redirect(String code) {
        try {
            return reissue.redirectFor(code);
        } catch (RuntimeException e) {
            log.warn("Cannot look up retired code {}", code, e);
            return Optional.empty();
        }
    }

    /** A counter that fails must not spoil the page the resident already has. */
    private void count(boolean deputy, String code) {
        try {
            LocalDate today = LocalDate.now(clock);
            if (deputy) {
                directory.deputyByCode(code).map(DeputyCard::id).ifPresent(id -> scans.record(ScanKind.DEPUTY, id, today));
            } else {
                directory.stationByCode(code).map(StationCard::id).ifPresent(id -> scans.record(ScanKind.STATION, id, today));
            }
        } catch (RuntimeException e) {
            log.warn("Cannot count a scan of {}", code, e);
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
