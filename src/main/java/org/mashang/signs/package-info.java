/**
 * Public signs (公示牌) and their QR codes: each deputy's exclusive code and each station's code,
 * encoding the absolute URL of the page a resident lands on.
 */
@NullMarked
package org.mashang.signs;

import org.jspecify.annotations.NullMarked;
