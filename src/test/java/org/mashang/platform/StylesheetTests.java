package org.mashang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;

/** Text sizes follow the phone's own text-size setting: every font size is relative (rem, em, %), never in pixels. */
@UnitTest
class StylesheetTests {

    private static final Pattern PIXEL_FONT = Pattern.compile("font(-size)?\\s*:[^;}]*\\d+px");

    @Test
    void noFontSizeInPixels() throws IOException {
        List<String> offending;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/static/css")),
                Files.walk(Path.of("src/main/resources/templates")))) {
            offending = files.filter(Files::isRegularFile).flatMap(StylesheetTests::lines)
                    .filter(line -> PIXEL_FONT.matcher(line).find()).toList();
        }
        assertThat(offending).isEmpty();
        assertThat(PIXEL_FONT.matcher("h1 { font-size: 18px; }").find()).as("the check can fail").isTrue();
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(line -> file.getFileName() + ": " + line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
