/**
 * Shared kernel: the file store, input checks, errors shown to users, and the embedded
 * database used when no external PostgreSQL is configured.
 */
package org.mashang.platform;
