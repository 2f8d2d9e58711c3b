package org.mashang.notify.internal;

import java.time.Duration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** HTTP clients for the gateways notifications go through: a gateway that hangs must not hold the outbox worker. */
final class GatewayClients {

    private GatewayClients() {
    }

    static RestClient withTimeouts(RestClient.Builder builder, Duration connect, Duration read) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(connect);
        requests.setReadTimeout(read);
        return builder.clone().requestFactory(requests).build();
    }
}
