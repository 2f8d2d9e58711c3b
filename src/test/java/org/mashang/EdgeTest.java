package org.mashang;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application behind a real Tomcat on a random port, on the same embedded PostgreSQL as
 * {@link IntegrationTest}: for what only a real server shows (how Tomcat reads a malformed request, headers on the
 * wire, limits per client address). It stands behind a pretend proxy on this host, which application.properties
 * trusts: each test sends its own X-Forwarded-For, so its limits are counted for an address of its own. The actuator
 * listens on a management port of its own, as in production behind a firewall (PrometheusTests). All such tests share
 * this one configuration (one more context). MockMvc is there only for {@link TestData}'s set-up.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mashang.limits.messages-per-address=4", "mashang.limits.messages-per-phone=2",
        "mashang.limits.code-failures-per-ticket=5", "mashang.limits.code-failures-per-address=8",
        "mashang.limits.login-failures-per-account=3", "mashang.limits.login-failures-per-address=6",
        "management.server.port=0"})
@AutoConfigureMockMvc
@Import(TestClockConfig.class)
public @interface EdgeTest {
}
