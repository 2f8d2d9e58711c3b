package org.mashang.cases;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of the public wall with where the pages around it start.
 *
 * @param newer the start of the page before, null on the first page
 * @param older the start of the page after, null on the last
 */
public record WallPage(List<PublicCase> items, @Nullable WallCursor newer, @Nullable WallCursor older) {
}
