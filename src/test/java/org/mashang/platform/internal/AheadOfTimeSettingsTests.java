package org.mashang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.springframework.mock.env.MockEnvironment;

/** A start prepared ahead of time records what decides the application's parts, and notices when that changes. */
@UnitTest
class AheadOfTimeSettingsTests {

    @Test
    void recordsDecidingSettingsOnlyAndSecretsAsSet() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/mashang?password=secret")
                .withProperty("spring.datasource.password", "secret")
                .withProperty("mashang.deadlines.scan-enabled", "false")
                .withProperty("management.server.port", "9090")
                .withProperty("mashang.deadlines.review", "1")
                .withProperty("server.port", "8080");

        Properties settings = AheadOfTimeSettings.of(environment);

        assertThat(settings).containsEntry("spring.datasource.url", "set").containsEntry("spring.datasource.password", "set")
                .containsEntry("mashang.deadlines.scan-enabled", "false").containsEntry("management.server.port", "9090")
                .doesNotContainKeys("mashang.deadlines.review", "server.port");
        assertThat(settings.toString()).doesNotContain("secret");
    }

    @Test
    void namesWhatChangedSincePreparation() {
        Properties prepared = AheadOfTimeSettings.of(new MockEnvironment().withProperty("mashang.notify.delivery.scheduled", "true"));
        Properties external = AheadOfTimeSettings.of(new MockEnvironment().withProperty("mashang.notify.delivery.scheduled", "true")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/mashang"));
        Properties same = AheadOfTimeSettings.of(new MockEnvironment().withProperty("mashang.notify.delivery.scheduled", "true")
                .withProperty("server.port", "9000"));

        assertThat(AheadOfTimeSettings.differences(prepared, external)).containsExactly("spring.datasource.url");
        assertThat(AheadOfTimeSettings.differences(prepared, same)).isEmpty();
    }
}
