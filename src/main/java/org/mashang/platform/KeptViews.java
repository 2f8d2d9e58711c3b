package org.mashang.platform;

import org.springframework.web.servlet.View;

/**
 * Pages that differ from one visitor to the next only in a few short values, such as a receipt (its ticket, query
 * code and time): rendered once per key for the public pages' time to live ({@code mashang.pages.cache-ttl}) with
 * placeholders where those values go, then sent to each visitor with their own values filled in. Rendering the page
 * costs several times the work behind it; filling it costs nothing worth counting.
 *
 * <p>A page is kept per key, address, language and elder mode; never for staff signed in (their header has a form
 * of their own), nor when it holds a form or sets a cookie. Anything an administrator changes empties the kept pages.
 */
public interface KeptViews {

    /**
     * The view to return from a handler instead of {@code viewName}.
     *
     * @param key   what, besides the address and the visitor's language, decides the rest of the page (whom the
     *              message went to, say): two requests with the same key see the same page but for the holes
     * @param holes the names of the model's attributes that are the visitor's own: strings of letters, digits, spaces,
     *              '-' and ':' (they go into text and links as they are; a page with any other value is rendered afresh)
     */
    View view(String viewName, String key, String... holes);
}
