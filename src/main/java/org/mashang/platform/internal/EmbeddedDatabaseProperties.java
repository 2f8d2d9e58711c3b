package org.mashang.platform.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDir           where the embedded cluster keeps its files; survives restarts. Its parent folder holds the
 *                          password ({@code <name>.password}), the lock ({@code <name>.lock}) and the server secrets
 * @param clean             wipe the directory on first start in this JVM (tests)
 * @param port              0 picks a free port
 * @param maxPoolSize       connections in the pool
 * @param connectionTimeout how long a request waits for a connection before the database counts as unreachable
 * @param sharedBuffers     the server's page cache: {@code auto} (a quarter of the machine's memory, see ServerMemory)
 *                          or a size such as {@code 512MB}
 */
@ConfigurationProperties("mashang.embedded")
record EmbeddedDatabaseProperties(
        @DefaultValue("./data/pg") String dataDir,
        @DefaultValue("false") boolean clean,
        @DefaultValue("0") int port,
        @DefaultValue("10") int maxPoolSize,
        @DefaultValue("2s") Duration connectionTimeout,
        @DefaultValue("auto") String sharedBuffers) {
}
