/** Nothing here is null unless marked {@code @Nullable} — its workings, not used by other modules. */
@NullMarked
package org.mashang.connector.internal;

import org.jspecify.annotations.NullMarked;
