package org.mashang.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * A resident proved with a one-time code that they hold this phone; kept in the HTTP session (stored in
 * PostgreSQL, hence Serializable) so every instance knows it.
 */
public record VerifiedPhone(String phone, Instant verifiedAt) implements Serializable {

    static final String SESSION_KEY = "mashang.verifiedPhone";

    /** The verified phone of the request's session, if there is a session and it holds one. */
    public static Optional<VerifiedPhone> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(SESSION_KEY)).filter(VerifiedPhone.class::isInstance)
                        .map(VerifiedPhone.class::cast);
    }

    /** Whether the request's session proves {@code phone} (already normalized). */
    public static boolean proves(HttpServletRequest request, String phone) {
        return phone != null && of(request).map(v -> v.phone().equals(phone)).orElse(false);
    }

    public void store(HttpServletRequest request) {
        // a new session id on a change of privilege, against session fixation
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_KEY, this);
    }

    public static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
    }
}
