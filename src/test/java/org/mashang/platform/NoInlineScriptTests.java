package org.mashang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;

/** The Content-Security-Policy allows scripts from our own files only: no template may carry script in its markup. */
@UnitTest
class NoInlineScriptTests {

    static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    static final Pattern HANDLER = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    static final Pattern JS_URL = Pattern.compile("(href|src|action)\\s*=\\s*[\"']\\s*javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void templatesHaveNoInlineScriptNoEventHandlersAndNoJavascriptUrls() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                Matcher script = SCRIPT.matcher(html);
                while (script.find()) {
                    String attributes = script.group(1);
                    if (!attributes.contains("src=") && !attributes.contains("type=\"application/json\"")) {
                        problems.add(file + ": inline <script" + attributes + ">");
                    }
                }
                if (HANDLER.matcher(html).find()) {
                    problems.add(file + ": inline event handler");
                }
                if (JS_URL.matcher(html).find()) {
                    problems.add(file + ": javascript: URL");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
