/** Nothing here is null unless marked {@code @Nullable} — its workings, not used by other modules. */
@NullMarked
package org.mashang.receptions.internal;

import org.jspecify.annotations.NullMarked;
