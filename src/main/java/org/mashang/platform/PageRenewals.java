package org.mashang.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A kept public page ({@link PublicPages}) that is due is rendered again by a request the application sends to itself,
 * while visitors still get the kept one. Such a request is nobody's visit: what counts visits (a sign's scans) leaves it
 * out.
 */
public interface PageRenewals {

    /** Whether this request is the application's own, renewing a kept page. */
    boolean isRenewal(HttpServletRequest request);
}
