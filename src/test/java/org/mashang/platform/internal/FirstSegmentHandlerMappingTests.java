package org.mashang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/** Which mappings a request may skip by its first path segment (every route still resolves: AuthorizationTests). */
@UnitTest
class FirstSegmentHandlerMappingTests {

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
