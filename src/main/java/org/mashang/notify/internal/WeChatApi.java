package org.mashang.notify.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat's server API for the Official Account: the access token ({@code cgi-bin/stable_token}, normal mode, so several
 * instances share one token without invalidating each other's), kept until shortly before it expires and fetched again
 * when WeChat calls it invalid or expired; the message APIs; and the web sign-in's code → openid exchange. WeChat
 * answers HTTP 200 with an {@code errcode} in the JSON body; 0 (or none) is success.
 */
@Component
public class WeChatApi {

    /** invalid credential, access_token expired, invalid access_token: fetch a new one and try once more */
    static final Set<Integer> TOKEN_ERRORS = Set.of(40001, 42001, 40014);

    private final WeChatProperties properties;
    private final RestClient http;
    private final JsonMapper json;
    private final Clock clock;
    private volatile Token token;

    private record Token(String value, Instant refreshAt) {
    }

    /** WeChat refused (errcode ≠ 0), or could not be reached ({@code errcode} 0, {@code unreachable}). */
    public static final class Failure extends Exception {
        private final int errcode;

        Failure(int errcode, String message, Throwable cause) {
            super(message, cause);
            this.errcode = errcode;
        }

        public int errcode() {
            return errcode;
        }

        public boolean unreachable() {
            return errcode == 0;
        }
    }

    WeChatApi(WeChatProperties properties, RestClient.Builder builder, JsonMapper json, Clock clock) {
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.http = GatewayClients.withTimeouts(builder, properties.connectTimeout(), properties.readTimeout());
    }

    /**
     * Sends a template message or a subscription notice ({@link WeChatProperties#messageApi()}).
     *
     * @return WeChat's message id
     */
    public String sendMessage(String openid, String templateId, String link, Map<String, String> data) throws Failure {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("touser", openid);
        body.put("template_id", templateId);
        // a template message opens "url"; a subscription notice opens "page" (a web page for an Official Account)
        body.put(properties.subscribe() ? "page" : "url", link == null ? "" : link);
        Map<String, Object> fields = new LinkedHashMap<>();
        data.forEach((k, v) -> fields.put(k, Map.of("value", v)));
        body.put("data", fields);
        String path = properties.subscribe() ? "/cgi-bin/message/subscribe/bizsend" : "/cgi-bin/message/template/send";
        String used = accessToken();
        JsonNode answer = post(path, used, body);
        if (TOKEN_ERRORS.contains(errcode(answer))) {
            forget(used);
            answer = post(path, accessToken(), body);
        }
        check(answer);
        JsonNode id = answer.get("msgid");
        return id == null || id.isNull() ? null : id.asString();
    }

    /** The openid of the resident who came back from web authorization (snsapi_base) with this code. */
    public String openid(String code) throws Failure {
        String url = UriComponentsBuilder.fromUriString(properties.api("/sns/oauth2/access_token"))
                .queryParam("appid", properties.appId()).queryParam("secret", properties.appSecret())
                .queryParam("code", code).queryParam("grant_type", "authorization_code").encode().build().toUriString();
        JsonNode answer = call(() -> http.get().uri(java.net.URI.create(url)).retrieve().body(byte[].class));
        check(answer);
        String openid = answer.path("openid").asString("");
        if (openid.isBlank()) {
            throw new Failure(-1, "微信没有返回用户标识", null);
        }
        return openid;
    }

    String accessToken() throws Failure {
        Token current = token;
        if (current != null && clock.instant().isBefore(current.refreshAt())) {
            return current.value();
        }
        synchronized (this) {
            current = token;
            if (current != null && clock.instant().isBefore(current.refreshAt())) {
                return current.value();
            }
            Map<String, Object> body = Map.of("grant_type", "client_credential", "appid", properties.appId(),
                    "secret", properties.appSecret());
            JsonNode answer = call(() -> http.post().uri(java.net.URI.create(properties.api("/cgi-bin/stable_token")))
                    .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(byte[].class));
            check(answer);
            String value = answer.path("access_token").asString("");
            if (value.isBlank()) {
                throw new Failure(-1, "微信没有返回接口调用凭证", null);
            }
            long seconds = answer.path("expires_in").asLong(7200);
            // WeChat renews a stable token five minutes before it expires; take the new one from then on
            Duration margin = Duration.ofSeconds(Math.min(300, seconds / 2));
            token = new Token(value, clock.instant().plusSeconds(seconds).minus(margin));
            return value;
        }
    }

    /** WeChat called this token invalid: the next call fetches a new one (unless another thread already did). */
    synchronized void forget(String stale) {
        if (token != null && token.value().equals(stale)) {
            token = null;
        }
    }

    private JsonNode post(String path, String accessToken, Map<String, Object> body) throws Failure {
        String url = UriComponentsBuilder.fromUriString(properties.api(path)).queryParam("access_token", accessToken)
                .encode().build().toUriString();
        return call(() -> http.post().uri(java.net.URI.create(url)).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(byte[].class));
    }

    private interface Call {
        byte[] run();
    }

    /** Never puts the URL in a message: it carries the access token or the app secret. */
    private JsonNode call(Call call) throws Failure {
        byte[] answer;
        try {
            answer = call.run();
        } catch (RestClientException e) {
            throw new Failure(0, "微信接口无法连接或出错：" + e.getMostSpecificCause().getClass().getSimpleName(), null);
        }
        try {
            return json.readTree(answer == null ? "{}" : new String(answer, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new Failure(0, "微信接口的回答无法读取", null);
        }
    }

    private static int errcode(JsonNode answer) {
        return answer.path("errcode").asInt(0);
    }

    private static void check(JsonNode answer) throws Failure {
        int errcode = errcode(answer);
        if (errcode != 0) {
            throw new Failure(errcode, "微信返回 " + errcode + "：" + Outbox.truncate(answer.path("errmsg").asString(""), 200), null);
        }
    }
}
