package org.mashang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/** Which mappings a request may skip by its first path segment (every route still resolves: AuthorizationTests). */
@UnitTest
class FirstSegmentHandlerMappingTests {

    @Controller
    static class Pages {
        @GetMapping("/d/{code}")
        void deputy() {
        }

        @PostMapping("/d/{code}")
        void message() {
        }

        @GetMapping("/d/new")
        void newDeputy() {
        }

        @GetMapping("/{lang}/help")
        void help() {
        }

        @GetMapping("/track")
        void track() {
        }
    }

    @Controller
    static class Twins {
        @GetMapping("/twins/{a}")
        void one() {
        }

        @GetMapping("/twins/{b}")
        void other() {
        }
    }

    @Test
    void aRequestGetsTheMostSpecificOfTheMappingsUnderItsFirstSegmentAndTheOnesThatStartWithAVariable() throws Exception {
        FirstSegmentHandlerMapping mapping = mapping(Pages.class);

        assertThat(handler(mapping, "GET", "/d/wl01")).isEqualTo("deputy");
        assertThat(handler(mapping, "POST", "/d/wl01")).isEqualTo("message");
        // the literal path is more specific than the one with a variable, as Spring orders them
        assertThat(handler(mapping, "GET", "/d/new")).isEqualTo("newDeputy");
        assertThat(handler(mapping, "GET", "/en/help")).isEqualTo("help");
        assertThat(handler(mapping, "GET", "/track")).isEqualTo("track");
        MockHttpServletRequest request = request("GET", "/d/wl02");
        mapping.getHandler(request);
        assertThat(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)).isEqualTo(Map.of("code", "wl02"));
        assertThat(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)).isEqualTo("/d/{code}");
    }

    @Test
    void whatMatchesNothingOrTwiceIsAnsweredBySpringsOwnLookUp() throws Exception {
        FirstSegmentHandlerMapping mapping = mapping(Pages.class);
        assertThat(mapping.getHandler(request("GET", "/nowhere/at/all"))).isNull();
        assertThatThrownBy(() -> mapping.getHandler(request("DELETE", "/d/wl01"))).isInstanceOf(HttpRequestMethodNotSupportedException.class);

        FirstSegmentHandlerMapping twins = mapping(Twins.class);
        assertThatThrownBy(() -> twins.getHandler(request("GET", "/twins/x"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Ambiguous");
    }

    private static FirstSegmentHandlerMapping mapping(Class<?> controller) {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.registerSingleton("controller", controller);
        context.refresh();
        FirstSegmentHandlerMapping mapping = new FirstSegmentHandlerMapping();
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
        return mapping;
    }

    private static String handler(FirstSegmentHandlerMapping mapping, String method, String path) throws Exception {
        return ((HandlerMethod) mapping.getHandler(request(method, path)).getHandler()).getMethod().getName();
    }

    private static MockHttpServletRequest request(String method, String path) {
        return new MockHttpServletRequest(method, path);
    }

    @Test
    void aMappingIsKnownByTheLiteralFirstSegmentsOfItsPaths() {
        assertThat(FirstSegmentHandlerMapping.literalFirstSegments(RequestMappingInfo.paths("/d/{code}", "/s/{code}").build()))
                .containsExactlyInAnyOrder("d", "s");
        assertThat(FirstSegmentHandlerMapping.literalFirstSegments(RequestMappingInfo.paths("/").build())).containsExactly("");
        assertThat(FirstSegmentHandlerMapping.literalFirstSegments(RequestMappingInfo.paths("/css/**").build())).containsExactly("css");
        // a path that starts with a variable or a wildcard, or no path at all: tried for every request
        assertThat(FirstSegmentHandlerMapping.literalFirstSegments(RequestMappingInfo.paths("/{lang}/help").build())).isEmpty();
        assertThat(FirstSegmentHandlerMapping.literalFirstSegments(RequestMappingInfo.paths("/**").build())).isEmpty();
        assertThat(FirstSegmentHandlerMapping.literalFirstSegments(RequestMappingInfo.paths("/d/x", "/a*b/c").build())).isEmpty();
        assertThat(FirstSegmentHandlerMapping.literalFirstSegments(RequestMappingInfo.paths().build())).isEmpty();
    }

    @Test
    void theFirstSegmentOfARequestedPath() {
        assertThat(FirstSegmentHandlerMapping.firstSegment("/d/abc123/received")).isEqualTo("d");
        assertThat(FirstSegmentHandlerMapping.firstSegment("/cases")).isEqualTo("cases");
        assertThat(FirstSegmentHandlerMapping.firstSegment("/")).isEmpty();
        assertThat(FirstSegmentHandlerMapping.firstSegment("")).isEmpty();
    }
}
