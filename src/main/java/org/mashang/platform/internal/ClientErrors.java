package org.mashang.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Client errors (a malformed request, a bad parameter, a refused upload) are logged at WARN on one line, without a
 * stack trace: a client sending hundreds of them must not flood the log, and what it sent cannot forge log lines.
 */
final class ClientErrors {

    private static final Logger log = LoggerFactory.getLogger("org.mashang.client-errors");

    private ClientErrors() {
    }

    static void warn(HttpServletRequest request, int status, String reason) {
        if (log.isWarnEnabled()) {
            log.warn("{} {} {} from {}: {}", status, request.getMethod(), clean(request.getRequestURI(), 200),
                    request.getRemoteAddr(), clean(reason, 300));
        }
    }

    /** Control characters (a NUL, a line break that would start a forged log line) become '?', and long text is cut. */
    static String clean(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return text.length() > max ? out + "…" : out.toString();
    }
}
