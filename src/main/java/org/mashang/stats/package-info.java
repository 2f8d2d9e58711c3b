/**
 * Statistics: dashboards, the public figures and reports, computed from the data. The module keeps its own
 * copy (a row per case and monthly roll-ups), updated by the case loop's events in the same transaction.
 */
@NullMarked
package org.mashang.stats;

import org.jspecify.annotations.NullMarked;
