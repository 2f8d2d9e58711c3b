package org.mashang.platform;

import java.util.Optional;

/**
 * Seals small values kept in a cookie on a resident's device (a receipt, the proof that the device knows a query
 * code): encrypted and authenticated, so the value never appears in clear in a URL, a log or the cookie itself, and a
 * changed or forged cookie is simply not recognised. Every instance shares the key.
 */
public interface CookieSeal {

    String seal(String value);

    /** The sealed value, or empty when the token is missing, damaged or sealed with another key. */
    Optional<String> open(String token);
}
