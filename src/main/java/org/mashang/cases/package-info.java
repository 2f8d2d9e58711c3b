/**
 * Messages residents leave and the cases made of them: intake by QR code or offline channel,
 * the case's state machine and its append-only, hash-chained timeline.
 */
@NullMarked
package org.mashang.cases;

import org.jspecify.annotations.NullMarked;
