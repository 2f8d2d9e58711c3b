package org.mashang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mashang.EdgeTest;
import org.mashang.RawHttp;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Prometheus scrapes the metrics on the management port of its own (an internal address in production) without a
 * sign-in; the public port keeps them for administrators (see AuthorizationTests).
 */
@EdgeTest // a real server whose actuator has a port of its own
class PrometheusTests {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void theScraperReadsTheMetricsOnTheManagementPort() throws Exception {
        new RawHttp("http://localhost:" + port).get("/find"); // any page: the scrape must count it
        var metrics = new RawHttp("http://localhost:" + managementPort).get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count", "hikaricp_connections");
    }

    @Test
    void onlyTheScrapeIsOpenOnTheManagementPort() throws Exception {
        assertThat(new RawHttp("http://localhost:" + managementPort).get("/actuator/metrics").status()).isNotEqualTo(200);
    }

    @Test
    void thePublicPortDoesNotGiveTheMetricsToAnyone() throws Exception {
        var response = new RawHttp("http://localhost:" + port).get("/actuator/prometheus");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/login");
    }
}
