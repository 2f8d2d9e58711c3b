/**
 * Reference data: the region tree down to blocks, constituencies, committees, stations,
 * departments, categories of issues and the deputies with their exclusive codes.
 * Other modules read it through {@link org.mashang.directory.Directory}.
 */
@NullMarked
package org.mashang.directory;

import org.jspecify.annotations.NullMarked;
