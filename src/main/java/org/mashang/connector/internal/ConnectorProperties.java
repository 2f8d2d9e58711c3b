package org.mashang.connector.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The 12345 connector's settings ({@code mashang.connector.*}).
 *
 * @param interval     how often each instance hands over due assignments and polls followed ones
 * @param pollEvery    how long after a poll a followed request is asked about again
 * @param maxAttempts  failed hand-overs in a row after which it is marked failed and waits for an administrator
 */
@ConfigurationProperties("mashang.connector")
public record ConnectorProperties(@DefaultValue("60s") Duration interval, @DefaultValue("10m") Duration pollEvery,
                                  @DefaultValue("8") int maxAttempts) {
}
