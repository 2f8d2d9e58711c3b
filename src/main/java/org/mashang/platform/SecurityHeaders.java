package org.mashang.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * The headers every page carries: scripts only from our own files (no inline script, no eval), nothing from another
 * site, no framing by other sites, no referrer sent elsewhere (a query code must never leave in a Referer), and no
 * access to the camera, microphone or position. Spring Security writes them on pages; the few answers written before
 * it runs (see {@code RequestScreening}) use {@link #write}.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";
    public static final String REFERRER_POLICY = "same-origin";
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    private SecurityHeaders() {
    }

    public static Map<String, String> all() {
        return Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY, "Referrer-Policy", REFERRER_POLICY,
                "Permissions-Policy", PERMISSIONS_POLICY, "X-Content-Type-Options", "nosniff", "X-Frame-Options", "SAMEORIGIN");
    }

    public static void write(HttpServletResponse response) {
        all().forEach(response::setHeader);
    }
}
