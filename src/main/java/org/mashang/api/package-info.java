/**
 * The public, read-only JSON API for apps (a WeChat mini-program, a 12345 portal): stations, deputies' cards, who covers a
 * block, reception days, the public cases with their timelines. Versioned under /api/v1, cacheable (ETag), described
 * in OpenAPI 3 at /api/openapi.json with its UI at /api/docs. Only what the public pages show is returned.
 */
@NullMarked
package org.mashang.api;

import org.jspecify.annotations.NullMarked;
