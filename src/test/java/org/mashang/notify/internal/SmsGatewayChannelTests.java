package org.mashang.notify.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mashang.notify.DeliveryException;
import org.mashang.notify.FakeGateways;
import org.mashang.notify.OutboundMessage;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The SMS channel against a fake gateway on this machine: success, gateway errors, timeouts. */
@ExtendWith(FakeGateways.class)
@Tag("integration") // starts its own server or database
class SmsGatewayChannelTests {

    static final WireMockServer gateway = FakeGateways.SMS;

    final Clock clock = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC);
    final OutboundMessage message = new OutboundMessage(42, "resident-accepted", "13800001234", "您的留言已受理",
            "您的留言（受理编号 261125-00001）已受理", Map.of("ticket", "261125-00001"));

    @BeforeEach
    void reset() {
        gateway.resetAll();
    }

    static NotifyProperties.Sms settings(URI url, Duration readTimeout) {
        return new NotifyProperties.Sms(url, "app-1", "secret-1", "码上找代表", Map.of("resident-accepted", "SMS_0001"),
                Duration.ofSeconds(1), readTimeout);
    }

    static SmsGatewayChannel channel(NotifyProperties.Sms sms, Clock clock) {
        NotifyProperties properties = new NotifyProperties(List.of(), Map.of(), Map.of(), "zh-CN", "http://localhost", null, sms,
                null, null);
        return new SmsGatewayChannel(properties, RestClient.builder(), clock, JsonMapper.shared());
    }

    SmsGatewayChannel channel() {
        return channel(settings(URI.create(gateway.baseUrl() + "/sms"), Duration.ofMillis(1500)), clock);
    }

    @Test
    void sendsASignedRequestWithTheOutboxIdAsIdempotencyKey() throws Exception {
        gateway.stubFor(post("/sms").willReturn(okJson("{\"code\":\"OK\",\"messageId\":\"gw-777\"}")));
        SmsGatewayChannel sms = channel();
        assertThat(sms.send(message)).isEqualTo("gw-777");
        gateway.verify(postRequestedFor(urlEqualTo("/sms"))
                .withHeader("Idempotency-Key", equalTo("mashang-42"))
                .withHeader("X-App-Key", equalTo("app-1"))
                .withHeader("X-Timestamp", equalTo("1795572000"))
                .withHeader("X-Signature", equalTo(sms.signature("1795572000", "mashang-42")))
                .withRequestBody(equalToJson("""
                        {"requestId": "mashang-42", "phone": "13800001234", "signName": "码上找代表", "templateId": "SMS_0001",
                         "params": {"ticket": "261125-00001"}, "content": "您的留言（受理编号 261125-00001）已受理"}""")));
        assertThat(sms.signature("1795572000", "mashang-42")).hasSize(64).isNotEqualTo(sms.signature("1795572001", "mashang-42"));
    }

    @Test
    void aPlainTextAnswerStillCountsAsAccepted() throws Exception {
        gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(200).withBody("OK")));
        assertThat(channel().send(message)).isNull();
    }

    @Test
    void serverErrorsAndThrottlingAreRetried() {
        gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(503).withBody("busy")));
        assertThatThrownBy(() -> channel().send(message)).isInstanceOf(DeliveryException.class)
                .hasMessageContaining("短信网关返回 503").hasMessageContaining("busy")
                .satisfies(e -> assertThat(((DeliveryException) e).permanent()).isFalse());
        gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(429)));
        assertThatThrownBy(() -> channel().send(message))
                .satisfies(e -> assertThat(((DeliveryException) e).permanent()).isFalse());
    }

    @Test
    void aRejectedRequestIsNotRetried() {
        gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(400).withBody("{\"code\":\"INVALID_PHONE\"}")));
        assertThatThrownBy(() -> channel().send(message)).hasMessageContaining("短信网关返回 400").hasMessageContaining("INVALID_PHONE")
                .satisfies(e -> assertThat(((DeliveryException) e).permanent()).isTrue());
    }

    @Test
    void aSlowGatewayTimesOutAndIsRetried() {
        gateway.stubFor(post("/sms").willReturn(okJson("{}").withFixedDelay(4000)));
        long start = System.nanoTime();
        assertThatThrownBy(() -> channel().send(message)).hasMessageContaining("超时")
                .satisfies(e -> assertThat(((DeliveryException) e).permanent()).isFalse());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(3500));
    }

    @Test
    void anUnreachableOrMissingGatewayIsRetried() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> channel(settings(URI.create("http://127.0.0.1:" + closedPort + "/sms"), Duration.ofMillis(500)),
                clock).send(message)).hasMessageContaining("无法连接")
                .satisfies(e -> assertThat(((DeliveryException) e).permanent()).isFalse());
        assertThatThrownBy(() -> channel(settings(null, Duration.ofMillis(500)), clock).send(message))
                .hasMessageContaining("mashang.notify.sms.url");
    }
}
