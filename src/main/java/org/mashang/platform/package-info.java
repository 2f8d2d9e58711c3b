/**
 * Shared kernel: the file store, input checks, errors shown to users, and the embedded
 * database used when no external PostgreSQL is configured.
 */
@NullMarked
package org.mashang.platform;

import org.jspecify.annotations.NullMarked;
