package org.mashang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A kept page is cut at its per-visitor values and compressed ahead of time; what goes out must be the page itself. */
@UnitTest
class CachedPageTests {

    static final CachedPage.Markers MARKERS = new CachedPage.Markers("csrf0123456789ab", "fkey0123456789ab");

    static String page(String csrf, String key, String filler) {
        return "<html><body>" + filler + "<form><input name=\"_csrf\" value=\"" + csrf + "\"><input name=\"submissionKey\" value=\""
                + key + "\"></form>" + filler + "<form><input name=\"_csrf\" value=\"" + csrf + "\"></form>留言" + filler + "</body></html>";
    }

    static String text(int length, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            sb.append("代表联络站 ").append(random.nextInt(1000)).append(" <p class=\"hint\">有事码上说</p>\n");
        }
        return sb.toString();
    }

    @Test
    void eachVisitorGetsThePageWithTheirOwnValuesPlainOrGzipped() throws IOException {
        for (int length : new int[] {0, 100, 3000, 70_000, 200_000}) {
            String filler = text(length, length);
            CachedPage kept = CachedPage.of(page(MARKERS.csrfToken(), MARKERS.formKey(), filler).getBytes(StandardCharsets.UTF_8),
                    "text/html;charset=UTF-8", Map.of("Content-Language", List.of("zh-CN")), MARKERS);
            assertThat(kept.hasHoles()).isTrue();
            int[] n = {0};
            String expected = page("token-a", "key-b", filler);

            MockHttpServletResponse plain = send(kept, false, hole -> hole == CachedPage.Hole.CSRF_TOKEN ? "token-a" : "key-b");
            assertThat(plain.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(expected);
            assertThat(plain.getHeader("Content-Encoding")).isNull();
            assertThat(plain.getContentLength()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length);

            MockHttpServletResponse zipped = send(kept, true, hole -> {
                n[0]++;
                return hole == CachedPage.Hole.CSRF_TOKEN ? "token-a" : "key-b";
            });
            if (expected.length() >= 1024) {
                assertThat(zipped.getHeader("Content-Encoding")).isEqualTo("gzip");
                assertThat(zipped.getContentLength()).isEqualTo(zipped.getContentAsByteArray().length);
                assertThat(gunzip(zipped.getContentAsByteArray())).isEqualTo(expected);
                assertThat(zipped.getHeader("Vary")).isEqualTo("Accept-Encoding");
                if (length > 1000) {
                    assertThat(zipped.getContentAsByteArray().length).isLessThan(expected.getBytes(StandardCharsets.UTF_8).length / 2);
                }
            } else {
                assertThat(zipped.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(expected);
            }
            assertThat(n[0]).isEqualTo(3);
            assertThat(zipped.getHeader("Content-Language")).isEqualTo("zh-CN");
        }
    }

    @Test
    void aValueLongerThanAStoredBlockStillMakesValidGzip() throws IOException {
        String filler = text(5000, 7);
        CachedPage kept = CachedPage.of(page(MARKERS.csrfToken(), MARKERS.formKey(), filler).getBytes(StandardCharsets.UTF_8),
                "text/html", Map.of(), MARKERS);
        String big = "x".repeat(70_000);
        MockHttpServletResponse zipped = send(kept, true, hole -> hole == CachedPage.Hole.FORM_KEY ? big : "");
        assertThat(gunzip(zipped.getContentAsByteArray())).isEqualTo(page("", big, filler));
    }

    @Test
    void aPageWithoutPlaceholdersIsSentAsRendered() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        CachedPage kept = CachedPage.of(png, "image/png", Map.of("Cache-Control", List.of("max-age=86400")), MARKERS);
        assertThat(kept.hasHoles()).isFalse();
        MockHttpServletResponse response = send(kept, true, hole -> "never");
        assertThat(response.getContentAsByteArray()).isEqualTo(png);
        assertThat(response.getHeader("Content-Encoding")).isNull();
        assertThat(response.getHeader("Cache-Control")).isEqualTo("max-age=86400");
        assertThat(response.getContentType()).isEqualTo("image/png");
    }

    @Test
    void gzipIsOnlyForBrowsersThatAskForIt() {
        assertThat(Gzip.accepted(request("gzip, deflate, br"))).isTrue();
        assertThat(Gzip.accepted(request("br;q=1.0, GZIP;q=0.5"))).isTrue();
        assertThat(Gzip.accepted(request("gzip;q=0"))).isFalse();
        assertThat(Gzip.accepted(request("deflate"))).isFalse();
        assertThat(Gzip.accepted(new MockHttpServletRequest())).isFalse();
    }

    private static MockHttpServletRequest request(String acceptEncoding) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Encoding", acceptEncoding);
        return request;
    }

    private static MockHttpServletResponse send(CachedPage page, boolean gzip, java.util.function.Function<CachedPage.Hole, String> values)
            throws IOException {
        MockHttpServletRequest request = gzip ? request("gzip") : new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();
        page.send(request, response, 200, true, values);
        return response;
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
