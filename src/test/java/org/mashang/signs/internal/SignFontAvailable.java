package org.mashang.signs.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that print need a Chinese TrueType font on the machine (Debian's fonts-wqy-microhei). Without one they are
 * skipped, unless MASHANG_REQUIRE_SIGN_FONT=1 (set by .ci/run) makes that a failure.
 */
public final class SignFontAvailable {

    private SignFontAvailable() {
    }

    public static void assume() {
        String configured = System.getenv("MASHANG_SIGNS_FONT_FILE");
        boolean present = configured != null && !configured.isBlank() ? Files.isReadable(Path.of(configured))
                : SignFont.CANDIDATES.stream().anyMatch(Files::isReadable);
        if (!present && "1".equals(System.getenv("MASHANG_REQUIRE_SIGN_FONT"))) {
            throw new IllegalStateException("a Chinese font for signs is required (apt-get install fonts-wqy-microhei)");
        }
        Assumptions.assumeTrue(present, "fonts-wqy-microhei is not installed");
    }
}
