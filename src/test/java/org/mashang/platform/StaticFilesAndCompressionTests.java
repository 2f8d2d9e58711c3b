package org.mashang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.BrowserTest;
import org.mashang.PerClassData;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a phone downloads, over a real connection: static files under hashed names kept for a year, gzip for pages,
 * styles and scripts, and no htmx on pages that do not use it.
 */
@BrowserTest
class StaticFilesAndCompressionTests {

    @RegisterExtension
    static final PerClassData data = new PerClassData();

    static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/app-[0-9a-f]{12}\\.css)\"");
    static final Pattern SCRIPT = Pattern.compile("src=\"(/js/message-[0-9a-f]{12}\\.js)\"");

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> response) throws IOException {
        byte[] body = response.body();
        if ("gzip".equals(response.headers().firstValue("Content-Encoding").orElse(null))) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = StaticFilesAndCompressionTests.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void pagesLinkStaticFilesByHashedNamesKeptForAYear() throws Exception {
        String page = text(get(data.street().deputyPage()));
        Matcher css = STYLESHEET.matcher(page);
        Matcher js = SCRIPT.matcher(page);
        assertThat(css.find()).as("the stylesheet by its hashed name").isTrue();
        assertThat(js.find()).as("the form's script by its hashed name").isTrue();

        HttpResponse<byte[]> style = get(css.group(1));
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(style.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(style.body()).isEqualTo(resource("static/css/app.css"));

        // the plain name still works, checked again each time; a stale hash is never kept for good
        HttpResponse<byte[]> plain = get("/css/app.css");
        assertThat(plain.headers().firstValue("Cache-Control")).hasValue("no-cache");
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/css/app.css", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get("/css/app-000000000000.css").headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(get("/css/nosuch.css").statusCode()).isEqualTo(404);
        assertThat(get("/css/..%2Fapplication.properties").statusCode()).isIn(400, 404);
    }

    @Test
    void pagesStylesAndScriptsGoOutGzippedToBrowsersThatTakeIt() throws Exception {
        HttpResponse<byte[]> page = get(data.street().deputyPage(), "Accept-Encoding", "gzip");
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String html = text(page);
        assertThat(html).contains("提交留言");
        assertThat(page.body().length).isLessThan(html.getBytes(StandardCharsets.UTF_8).length / 2);

        Matcher css = STYLESHEET.matcher(html);
        Matcher js = SCRIPT.matcher(html);
        assertThat(css.find() && js.find()).isTrue();
        for (String path : List.of(css.group(1), js.group(1))) {
            HttpResponse<byte[]> file = get(path, "Accept-Encoding", "gzip");
            assertThat(file.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(file.headers().firstValue("Vary").orElse("")).containsIgnoringCase("Accept-Encoding");
        }
        assertThat(text(get(css.group(1), "Accept-Encoding", "gzip"))).isEqualTo(new String(resource("static/css/app.css"),
                StandardCharsets.UTF_8));
        // without Accept-Encoding, plain
        assertThat(get(data.street().deputyPage()).headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void htmxIsOnlyOnPagesThatAskForItsFragment() throws Exception {
        for (String path : List.of("/", data.street().deputyPage(), "/s/" + data.street().stationCode(), "/cases", "/stats", "/track", "/login", "/verify")) {
            assertThat(text(get(path))).as(path).doesNotContain("htmx");
        }
        // no template loads it on its own; a page that wants it includes layout :: htmx
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            templates.filter(p -> p.toString().endsWith(".html")).forEach(p -> {
                try {
                    String template = Files.readString(p);
                    if (!p.endsWith("layout.html")) {
                        assertThat(template).as(p.toString()).doesNotContain("htmx.min.js");
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertThat(Files.readString(Path.of("src/main/resources/templates/layout.html")))
                .contains("th:fragment=\"htmx\" th:src=\"@{/webjars/htmx.org/dist/htmx.min.js}\"");
        // and what the fragment links is served, by the webjar's version and a hash
        HttpResponse<byte[]> htmx = get("/webjars/htmx.org/dist/htmx.min.js");
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(text(htmx)).contains("htmx");
    }
}
