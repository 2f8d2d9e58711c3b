package org.mashang.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.CookieSeal;
import org.mashang.platform.SiteCookies;
import org.springframework.stereotype.Component;

/**
 * What this device knows: the tickets with their query codes that were handed out here (receipts) or typed in here
 * (tracking), sealed in one HttpOnly cookie. It lets the receipt survive a reload and the tracking page, its photos
 * and the evaluation work without the query code ever travelling in a URL, and it needs no server session.
 */
@Component
@RequiredArgsConstructor
class ResidentPass {

    static final String COOKIE = "mashang_pass";
    /** Enough for a family's messages; the oldest are forgotten first. */
    static final int MAX_ENTRIES = 10;
    static final Duration KEPT = Duration.ofDays(180);

    /** @param receipt handed out at submission on this device (the receipt page shows the newest one) */
    record Entry(boolean receipt, String ticket, String code, Instant at) {
    }

    private final CookieSeal seal;
    private final Clock clock;

    List<Entry> entries(HttpServletRequest request) {
        return SiteCookies.values(request, COOKIE).findFirst().flatMap(seal::open).map(this::parse).orElse(List.of());
    }

    /** The query code this device holds for the ticket. */
    Optional<String> code(HttpServletRequest request, String ticket) {
        return entries(request).stream().filter(e -> e.ticket().equals(ticket)).map(Entry::code).findFirst();
    }

    /** The newest receipt handed out on this device. */
    Optional<Entry> latestReceipt(HttpServletRequest request) {
        return entries(request).stream().filter(Entry::receipt).findFirst();
    }

    void remember(HttpServletRequest request, HttpServletResponse response, String ticket, String code, boolean receipt) {
        List<Entry> kept = new ArrayList<>();
        boolean wasReceipt = receipt;
        for (Entry e : entries(request)) {
            if (e.ticket().equals(ticket)) {
                wasReceipt |= e.receipt();
            } else if (kept.size() < MAX_ENTRIES - 1) {
                kept.add(e);
            }
        }
        kept.add(0, new Entry(wasReceipt, ticket, code, clock.instant()));
        StringBuilder value = new StringBuilder();
        for (Entry e : kept) {
            value.append(e.receipt() ? 'R' : 'T').append('|').append(e.ticket()).append('|').append(e.code()).append('|')
                    .append(e.at().getEpochSecond()).append(';');
        }
        write(request, response, seal.seal(value.toString()), (int) KEPT.toSeconds());
    }

    /** Forgets everything this device knew (a shared phone). */
    void forget(HttpServletRequest request, HttpServletResponse response) {
        write(request, response, "", 0);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, String value, int maxAge) {
        response.addCookie(SiteCookies.of(request, COOKIE, value, maxAge));
    }

    private List<Entry> parse(String value) {
        Instant oldest = clock.instant().minus(KEPT);
        List<Entry> entries = new ArrayList<>();
        for (String item : value.split(";")) {
            String[] p = item.split("\\|");
            if (p.length == 4) {
                Entry e = new Entry(p[0].equals("R"), p[1], p[2], Instant.ofEpochSecond(Long.parseLong(p[3])));
                if (e.at().isAfter(oldest)) {
                    entries.add(e);
                }
            }
        }
        return entries;
    }
}
