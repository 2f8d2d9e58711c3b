package org.mashang.api.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public API's settings ({@code mashang.api.*}).
 *
 * @param readsPerMinute answers per client address and minute
 * @param maxAgeSeconds  how long apps and proxies may reuse an answer before revalidating it by its ETag
 */
@ConfigurationProperties("mashang.api")
public record ApiProperties(@DefaultValue("120") int readsPerMinute, @DefaultValue("60") int maxAgeSeconds) {
}
