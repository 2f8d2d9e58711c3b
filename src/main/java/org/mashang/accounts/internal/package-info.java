/** Nothing here is null unless marked {@code @Nullable} — its workings, not used by other modules. */
@NullMarked
package org.mashang.accounts.internal;

import org.jspecify.annotations.NullMarked;
