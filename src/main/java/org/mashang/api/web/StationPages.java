package org.mashang.api.web;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mashang.directory.StationCard;
import org.mashang.platform.UserFacingException;

/**
 * The open stations a page at a time, oldest first (a province has 2,000; one answer listed them all): the first
 * {@link #NUMBERED_PAGES} pages by number, the rest from the cursor the page before handed on, as the wall's pages are
 * read. The cursor is the last station's code: a station added or closed between two pages neither repeats nor skips
 * one of the others.
 */
final class StationPages {

    static final int NUMBERED_PAGES = 10;
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    private StationPages() {
    }

    /**
     * @param open   the open stations, in any order
     * @param after  the id of the station the page before ended with (the {@code after} cursor resolved), or null
     */
    static <T> ApiViews.Page<T> page(List<StationCard> open, int page, int size, @Nullable Long after,
                                     java.util.function.Function<StationCard, T> view) {
        if (size < 1 || size > MAX_SIZE) {
            throw UserFacingException.badRequest("size 须在 1 到 " + MAX_SIZE + " 之间");
        }
        if (after != null && page != 0) {
            throw UserFacingException.badRequest("page 和 after 不能同时使用：after 之后的页只用 after");
        }
        if (page < 0 || page >= NUMBERED_PAGES) {
            throw UserFacingException.badRequest("page 须在 0 到 " + (NUMBERED_PAGES - 1)
                    + " 之间；更后面的页请用上一页答复中的 next：?after={next}");
        }
        List<StationCard> oldestFirst = open.stream().sorted(Comparator.comparingLong(StationCard::id)).toList();
        List<StationCard> from = after == null ? oldestFirst : oldestFirst.stream().filter(s -> s.id() > after).toList();
        int start = after == null ? Math.min(page * size, from.size()) : 0;
        List<StationCard> shown = from.subList(start, Math.min(start + size, from.size()));
        boolean more = start + shown.size() < from.size();
        return new ApiViews.Page<>(shown.stream().map(view).toList(), open.size(), after == null ? page : null, size,
                more ? shown.get(shown.size() - 1).code() : null);
    }
}
