package org.mashang.platform;

import java.util.Optional;

/**
 * Seals a short text (say, a receipt kept in a cookie for a moment) so that only this application, on any of its
 * instances, can read it back, and only unchanged.
 */
public interface Sealer {

    /** URL- and cookie-safe: letters, digits, {@code -} and {@code _}. */
    String seal(String text);

    /** The text sealed, or empty when the value was not sealed by this application or was changed. */
    Optional<String> open(String sealed);
}
