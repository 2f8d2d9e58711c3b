package org.mashang.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A resident following a case besides the one who opened it (我也反映): one who added themselves to it, or one whose own
 * message was merged into it. Staff see them with the case; the public sees only how many there are.
 *
 * @param merged  the resident's own message was merged into this case (their ticket is that message's)
 * @param phone   as the viewing role may see it (a department sees it masked, like the case's own contact)
 * @param comment what the resident added when joining, kept from the public
 */
public record CaseSupporter(String ticket, boolean merged, @Nullable String name, @Nullable String phone,
                            @Nullable String comment, Instant joinedAt, @Nullable Satisfaction satisfaction,
                            @Nullable String evaluationComment) {
}
