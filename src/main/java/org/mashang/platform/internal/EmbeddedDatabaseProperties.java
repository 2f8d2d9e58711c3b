package org.mashang.platform.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDir     where the embedded cluster keeps its files; survives restarts
 * @param clean       wipe the directory on first start in this JVM (tests)
 * @param port        0 picks a free port
 * @param maxPoolSize connections in the pool
 */
@ConfigurationProperties("mashang.embedded")
record EmbeddedDatabaseProperties(
        @DefaultValue("./data/pg") String dataDir,
        @DefaultValue("false") boolean clean,
        @DefaultValue("0") int port,
        @DefaultValue("10") int maxPoolSize) {
}
