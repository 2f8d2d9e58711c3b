/**
 * The 12345 connector: a department marked external handles its assignments in another system that speaks Open311
 * GeoReport v2. Dispatching to it hands the case over (masked as a department sees it) through an outbox, one row per
 * assignment; the remote request is followed until it is closed, and its notes come back as the assignment's feedback
 * (progress notes as internal steps of the timeline). Failures stay visible at /admin/connector.
 */
@NullMarked
package org.mashang.connector;

import org.jspecify.annotations.NullMarked;
