/** Nothing here is null unless marked {@code @Nullable} — its workings, not used by other modules. */
@NullMarked
package org.mashang.directory.internal;

import org.jspecify.annotations.NullMarked;
