package org.mashang.open311.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.mashang.open311.internal.ApiKeys;
import org.mashang.open311.internal.Discovery;
import org.mashang.open311.internal.Document;
import org.mashang.open311.internal.Open311Error;
import org.mashang.open311.internal.Open311Properties;
import org.mashang.open311.internal.RequestFeed;
import org.mashang.open311.internal.RequestIntake;
import org.mashang.open311.internal.ServiceCatalog;
import org.mashang.platform.RateLimits;
import org.mashang.platform.TooManyRequests;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2): every resource as {@code .json} or {@code .xml}, refusals
 * as the specification's error list. Reading needs no key (and is limited per address); posting needs an api_key.
 */
@RestController
@RequestMapping("/open311/v2")
@RequiredArgsConstructor
class Open311Controller {

    private static final MediaType XML = new MediaType("text", "xml", StandardCharsets.UTF_8);
    private static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);
    /** The format of the request being answered, for its errors. */
    private static final String FORMAT = Open311Controller.class.getName() + ".format";

    private final Discovery discovery;
    private final ServiceCatalog catalog;
    private final RequestIntake intake;
    private final RequestFeed feed;
    private final ApiKeys keys;
    private final RateLimits limits;
    private final Open311Properties properties;
    private final JsonMapper json;

    @GetMapping("/discovery.{format}")
    ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
        read(format, request);
        return answer(discovery.document(), format);
    }

    @GetMapping("/services.{format}")
    ResponseEntity<String> services(@PathVariable String format, HttpServletRequest request) {
        read(format, request);
        catalog.jurisdiction(request.getParameter("jurisdiction_id"));
        return answer(catalog.services(), format);
    }

    @GetMapping("/services/{code}.{format}")
    ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format, HttpServletRequest request) {
        read(format, request);
        return answer(catalog.definition(code, catalog.jurisdiction(request.getParameter("jurisdiction_id"))), format);
    }

    @PostMapping("/requests.{format}")
    ResponseEntity<String> post(@PathVariable String format, HttpServletRequest request) {
        format(format, request);
        var key = keys.authenticate(request.getParameter("api_key"));
        return answer(intake.post(key, parameters(request)), format);
    }

    @GetMapping("/tokens/{token}.{format}")
    ResponseEntity<String> token(@PathVariable String token, @PathVariable String format, HttpServletRequest request) {
        read(format, request);
        return answer(intake.token(token), format);
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<String> requests(@PathVariable String format, HttpServletRequest request) {
        read(format, request);
        return answer(feed.requests(parameters(request)), format);
    }

    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<String> request(@PathVariable String id, @PathVariable String format, HttpServletRequest request) {
        read(format, request);
        return answer(feed.request(id), format);
    }

    /** Any other path under /open311/v2 is the spec's 404 error list, in the format its suffix asks for. */
    @RequestMapping(path = "/**", method = {org.springframework.web.bind.annotation.RequestMethod.GET,
            org.springframework.web.bind.annotation.RequestMethod.POST})
    ResponseEntity<String> unknown(HttpServletRequest request) {
        String path = request.getRequestURI();
        request.setAttribute(FORMAT, path.endsWith(".xml") ? "xml" : "json");
        String shown = path.length() > 120 ? path.substring(0, 119) + "…" : path;
        throw new Open311Error(404, "Open311 GeoReport v2 没有这个资源：" + shown);
    }

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<String> refused(Open311Error e, HttpServletRequest request) {
        var answer = ResponseEntity.status(e.status());
        if (e.retryAfterSeconds() > 0) {
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        boolean xml = "xml".equals(request.getAttribute(FORMAT));
        return answer.contentType(xml ? XML : JSON).body(xml ? e.document().xml() : e.document().json(json));
    }

    /** Anything else a client can get wrong (a missing parameter, a malformed body) is still the spec's 400. */
    @ExceptionHandler({org.springframework.web.bind.ServletRequestBindingException.class,
            org.springframework.http.converter.HttpMessageNotReadableException.class,
            org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class})
    ResponseEntity<String> badRequest(Exception e, HttpServletRequest request) {
        return refused(new Open311Error(400, "请求有误：" + e.getMessage()), request);
    }

    private void read(String format, HttpServletRequest request) {
        format(format, request);
        try {
            limits.take("open311-read", request.getRemoteAddr(), properties.readsPerMinute(), Duration.ofMinutes(1),
                    "查询太频繁：每个地址每分钟最多 " + properties.readsPerMinute() + " 次，请 {wait}后再试");
        } catch (TooManyRequests e) {
            throw new Open311Error(429, e.getMessage(), e.retryAfterSeconds());
        }
    }

    private static void format(String format, HttpServletRequest request) {
        request.setAttribute(FORMAT, "xml".equals(format) ? "xml" : "json");
        if (!"xml".equals(format) && !"json".equals(format)) {
            throw new Open311Error(400, "格式只能是 .json 或 .xml，不是 ." + format);
        }
    }

    private ResponseEntity<String> answer(Document document, String format) {
        return "xml".equals(format)
                ? ResponseEntity.ok().contentType(XML).body(document.xml())
                : ResponseEntity.ok().contentType(JSON).body(document.json(json));
    }

    private static Map<String, String> parameters(HttpServletRequest request) {
        Map<String, String> one = new HashMap<>();
        request.getParameterMap().forEach((k, v) -> one.put(k, v.length == 0 ? null : v[0]));
        return one;
    }
}
