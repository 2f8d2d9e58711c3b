package org.mashang.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Requests that came in on the management port ({@code management.server.port}, when the operator gives the actuator a
 * port of its own, bound to an internal address). Prometheus scrapes /actuator/prometheus there without signing in;
 * on the public port the metrics stay for administrators. No management port: matches nothing.
 */
@Component
class ManagementPort implements RequestMatcher, ApplicationListener<WebServerInitializedEvent> {

    private volatile int port = -1;

    /** The management server is started in a child context named "management"; its event reaches this context too. */
    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return port > 0 && request.getLocalPort() == port;
    }
}
