/** Nothing here is null unless marked {@code @Nullable}. */
@NullMarked
package org.mashang;

import org.jspecify.annotations.NullMarked;
