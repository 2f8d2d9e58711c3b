package org.mashang.connector.internal;

import java.time.Duration;
import java.util.Optional;
import org.mashang.cases.ExternalHandling;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks Open311 GeoReport v2 (JSON) to an external department's system. Failures are {@link RemoteProblem}s with a reason. */
@Component
class GeoReportClient {

    private final RestClient http;
    private final JsonMapper json;

    GeoReportClient(JsonMapper json) {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(Duration.ofSeconds(5));
        factory.setReadTimeout(Duration.ofSeconds(20));
        this.http = RestClient.builder().requestFactory(factory).build();
        this.json = json;
    }

    /** What the other system answered to a post: its request id, or a token to ask for it later. */
    record Posted(String serviceRequestId, String token) {
    }

    /** A remote request's status and its latest notes. */
    record RemoteStatus(String id, boolean closed, String notes) {
    }

    static class RemoteProblem extends RuntimeException {
        RemoteProblem(String message) {
            super(message);
        }
    }

    Posted post(ExternalDepartment d, ExternalHandling.Brief brief) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("api_key", d.apiKey());
        form.add("service_code", d.serviceCode(brief.categoryId()));
        if (d.jurisdictionId() != null && !d.jurisdictionId().isBlank()) {
            form.add("jurisdiction_id", d.jurisdictionId());
        }
        form.add("description", description(brief));
        form.add("address_string", brief.blockName() == null ? "（未注明区块）" : brief.blockName());
        // our ticket, so the other side (and people on the phone) can name the case
        form.add("account_id", brief.ticket());
        JsonNode answer = first(call(() -> http.post().uri(d.base() + "/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form).retrieve().body(byte[].class)));
        String id = text(answer, "service_request_id");
        String token = text(answer, "token");
        if (id == null && token == null) {
            throw new RemoteProblem("对方的回答里既没有 service_request_id 也没有 token");
        }
        return new Posted(id, token);
    }

    /** The request id a token has become, if it has. */
    Optional<String> token(ExternalDepartment d, String token) {
        JsonNode answer = first(call(() -> http.get().uri(d.base() + "/tokens/{t}.json", token).retrieve().body(byte[].class)));
        return Optional.ofNullable(text(answer, "service_request_id"));
    }

    RemoteStatus request(ExternalDepartment d, String id) {
        JsonNode answer = first(call(() -> http.get().uri(d.base() + "/requests/{id}.json", id).retrieve().body(byte[].class)));
        return new RemoteStatus(id, "closed".equalsIgnoreCase(text(answer, "status")), text(answer, "status_notes"));
    }

    static String description(ExternalHandling.Brief b) {
        return "【" + b.categoryName() + "】" + b.text() + (b.instructions() == null || b.instructions().isBlank() ? ""
                : "\n交办要求：" + b.instructions()) + (b.dueDate() == null ? "" : "\n办理期限：" + b.dueDate())
                + "\n（码上找代表工单 " + b.ticket() + "）";
    }

    /** GeoReport is UTF-8 everywhere, whatever charset the answer's header names (or fails to). */
    private String call(java.util.function.Supplier<byte[]> request) {
        try {
            byte[] bytes = request.get();
            String body = bytes == null ? null : new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            if (body == null || body.isBlank()) {
                throw new RemoteProblem("对方返回了空的回答");
            }
            return body;
        } catch (RestClientResponseException e) {
            throw new RemoteProblem("对方返回 " + e.getStatusCode().value() + "：" + errorDescription(e.getResponseBodyAsString(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (RestClientException e) {
            throw new RemoteProblem("连不上对方：" + e.getMessage());
        }
    }

    private String errorDescription(String body) {
        try {
            JsonNode errors = json.readTree(body);
            if (errors.isArray() && !errors.isEmpty() && errors.get(0).has("description")) {
                return errors.get(0).get("description").asString();
            }
        } catch (RuntimeException e) {
            // not the specification's error list: show the start of what came
        }
        return body.length() > 200 ? body.substring(0, 200) : body;
    }

    private JsonNode first(String body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (RuntimeException e) {
            throw new RemoteProblem("对方的回答不是 JSON");
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new RemoteProblem("对方的回答不是 GeoReport 的列表");
        }
        return node.get(0);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asString().isBlank() ? null : v.asString();
    }
}
