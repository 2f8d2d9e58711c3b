package org.mashang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.mashang.EdgeTest;
import org.mashang.RawHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * A node behind a proxy (nginx on the same host by default): the scheme and the client's address come from the
 * forwarded headers, but only a configured proxy is believed.
 */
@EdgeTest
class ProxyTests {

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void theSchemeTheProxyWasReachedWithIsUsedInRedirects() throws Exception {
        RawHttp http = new RawHttp("http://localhost:" + port);
        var response = http.send("GET", "/staff", Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7"), null);
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).startsWith("https://").endsWith("/login");
    }

    @Test
    void onlyTheConfiguredProxiesAreTrusted() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        RemoteIpValve valve = (RemoteIpValve) Arrays.stream(tomcat.getEngine().getPipeline().getValves())
                .filter(RemoteIpValve.class::isInstance).findFirst().orElseThrow();
        Pattern trusted = Pattern.compile(valve.getInternalProxies());
        assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
        assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        // Tomcat's default trusts every private network; a resident's phone on the same Wi-Fi must not pose as a proxy
        assertThat(trusted.matcher("10.1.2.3").matches()).isFalse();
        assertThat(trusted.matcher("192.168.1.20").matches()).isFalse();
        assertThat(trusted.matcher("172.16.0.5").matches()).isFalse();
    }
}
