/**
 * Reference data: the region tree down to blocks, constituencies, committees, stations,
 * departments, categories of issues and the deputies with their exclusive codes.
 * Other modules read it through {@link org.mashang.directory.Directory}.
 */
package org.mashang.directory;
