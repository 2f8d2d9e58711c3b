package org.mashang.platform.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param cacheTtl    how long a public page is kept in memory; 0 turns keeping pages off
 * @param maxEntries  pages kept at most (a page per path, and per query string where it counts)
 * @param maxBytes    memory for kept pages at most
 * @param maxPageSize larger answers (a photo) are not kept
 */
@ConfigurationProperties("mashang.pages")
record PageCacheProperties(@DefaultValue("1s") Duration cacheTtl, @DefaultValue("2000") int maxEntries,
                           @DefaultValue("32MB") DataSize maxBytes, @DefaultValue("512KB") DataSize maxPageSize) {
}
