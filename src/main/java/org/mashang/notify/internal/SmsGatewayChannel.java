package org.mashang.notify.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mashang.notify.ChannelKind;
import org.mashang.notify.DeliveryException;
import org.mashang.notify.NotificationChannel;
import org.mashang.notify.OutboundMessage;
import org.mashang.platform.Hmac;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS through an HTTP gateway: one JSON POST per message, signed with the app key and secret, carrying the outbox
 * id as request id and {@code Idempotency-Key} so the gateway can drop a repeated delivery. Timeouts, 5xx and 429
 * are retried; any other 4xx is the request's own fault and is not.
 */
@Component
public class SmsGatewayChannel implements NotificationChannel {

    private final NotifyProperties.Sms sms;
    private final RestClient http;
    private final Clock clock;
    private final JsonMapper json;

    SmsGatewayChannel(NotifyProperties properties, RestClient.Builder builder, Clock clock, JsonMapper json) {
        this.sms = properties.sms();
        this.json = json;
        this.clock = clock;
        this.http = GatewayClients.withTimeouts(builder, sms.connectTimeout(), sms.readTimeout());
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.SMS;
    }

    @Override
    public String send(OutboundMessage m) throws DeliveryException {
        URI url = sms.url();
        if (url == null || url.toString().isBlank()) {
            throw DeliveryException.transientFailure("未配置短信网关地址（mashang.notify.sms.url）", null);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestId", m.requestId());
        body.put("phone", m.address());
        body.put("signName", sms.signName());
        body.put("templateId", sms.templateIds().getOrDefault(m.templateKey(), m.templateKey()));
        body.put("params", m.params());
        body.put("content", m.body());
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        try {
            byte[] answer = http.post().uri(url).contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", m.requestId())
                    .header("X-App-Key", nullToEmpty(sms.appKey()))
                    .header("X-Timestamp", timestamp)
                    .header("X-Signature", signature(timestamp, m.requestId()))
                    .body(body)
                    .retrieve()
                    .body(byte[].class);
            return messageId(answer == null ? null : new String(answer, StandardCharsets.UTF_8));
        } catch (RestClientResponseException e) {
            HttpStatusCode status = e.getStatusCode();
            String message = "短信网关返回 " + status.value() + "：" + Outbox.truncate(e.getResponseBodyAsString(), 300);
            boolean retry = status.is5xxServerError() || status.value() == 429 || status.value() == 408;
            throw new DeliveryException(message, !retry, e);
        } catch (RestClientException e) {
            // connection refused, a timeout while connecting or while reading the answer …
            boolean io = e instanceof ResourceAccessException || e.getMostSpecificCause() instanceof java.io.IOException;
            throw DeliveryException.transientFailure((io ? "短信网关无法连接或超时：" : "短信网关出错：")
                    + e.getMostSpecificCause().getMessage(), e);
        }
    }

    /** The gateway accepted the message (2xx); its id is read when the answer is JSON with a messageId. */
    private String messageId(String answer) {
        if (answer == null || !answer.strip().startsWith("{")) {
            return null;
        }
        try {
            JsonNode id = json.readTree(answer).get("messageId");
            return id == null || id.isNull() ? null : id.asString();
        } catch (JacksonException e) {
            return null;
        }
    }

    /** HMAC-SHA256 of "appKey\ntimestamp\nrequestId" with the app secret, in hex. */
    String signature(String timestamp, String requestId) {
        if (sms.appSecret() == null || sms.appSecret().isEmpty()) {
            return "";
        }
        String text = nullToEmpty(sms.appKey()) + "\n" + timestamp + "\n" + requestId;
        return Hmac.hex(Hmac.key(sms.appSecret().getBytes(StandardCharsets.UTF_8)), text);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
