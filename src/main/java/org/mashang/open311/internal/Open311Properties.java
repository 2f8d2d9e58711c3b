package org.mashang.open311.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Open311 server's settings ({@code mashang.open311.*}).
 *
 * @param readsPerMinute GET requests answered per client address and minute; reading needs no key, so this is the limit
 * @param contact        who to ask about the API, shown in the discovery document
 */
@ConfigurationProperties("mashang.open311")
public record Open311Properties(@DefaultValue("120") int readsPerMinute,
                                @DefaultValue("街道人大工委，见网站页脚的联系方式") String contact) {
}
