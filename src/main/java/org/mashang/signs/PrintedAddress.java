package org.mashang.signs;

import org.jspecify.annotations.Nullable;

/**
 * The site address printed into every QR code (MASHANG_PUBLIC_BASE_URL), and whether it looks wrong from where an
 * administrator is using the site: signs printed with a wrong address lead nowhere.
 */
public interface PrintedAddress {

    String baseUrl();

    /** What is wrong with the printed address, seen from {@code addressInUse} (scheme://host[:port]); null when nothing. */
    @Nullable Problem check(String addressInUse);

    enum Problem {
        /** localhost or a loopback address: no phone can reach it */
        LOCALHOST,
        /** not the address the administrator is using right now */
        DIFFERENT
    }
}
