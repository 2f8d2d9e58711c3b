/** Nothing here is null unless marked {@code @Nullable} — its pages and endpoints. */
@NullMarked
package org.mashang.accounts.web;

import org.jspecify.annotations.NullMarked;
