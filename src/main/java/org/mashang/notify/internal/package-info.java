/** Nothing here is null unless marked {@code @Nullable} — its workings, not used by other modules. */
@NullMarked
package org.mashang.notify.internal;

import org.jspecify.annotations.NullMarked;
