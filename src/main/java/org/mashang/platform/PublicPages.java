package org.mashang.platform;

import java.util.List;

/**
 * GET pages of a module that are the same for every anonymous visitor, so the rendered page may be kept in memory for
 * a moment and sent to the next visitors as it is (values that differ per visitor, a form's CSRF token and
 * {@link PerVisitor#formKey}, are filled in for each). A module declares its pages as a bean. A visitor who is signed
 * in or carries any cookie but the CSRF one (a session, a preference) always gets a freshly rendered page.
 *
 * @param paths          paths without query: {@code /track}; {@code *} stands for one segment: {@code /d/*}. A request
 *                       with a query string is rendered afresh.
 * @param pathsWithQuery paths whose query string chooses what is shown ({@code /cases?page=2}): kept per query string
 */
public record PublicPages(List<String> paths, List<String> pathsWithQuery) {

    public PublicPages {
        paths = List.copyOf(paths);
        pathsWithQuery = List.copyOf(pathsWithQuery);
    }

    public static PublicPages of(String... paths) {
        return new PublicPages(List.of(paths), List.of());
    }

    public PublicPages withQuery(String... more) {
        return new PublicPages(paths, List.of(more));
    }
}
