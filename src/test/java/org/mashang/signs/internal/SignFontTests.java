package org.mashang.signs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.platform.UserFacingException;
import org.springframework.http.HttpStatus;

@UnitTest
class SignFontTests {

    static SignFont font(String file) {
        return new SignFont(new SignProperties("http://localhost:8080", 180, file));
    }

    @Test
    void withoutAFontTheAdminIsToldWhatToInstall() {
        SignFont missing = font("/nonexistent/font.ttf");
        assertThatThrownBy(missing::awt).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(e.getMessage()).contains("fonts-wqy-microhei", "MASHANG_SIGNS_FONT_FILE");
        });
    }

    @Test
    void aFileThatIsNoFontIsRefusedClearly() throws Exception {
        var notAFont = java.nio.file.Files.createTempFile("notafont", ".ttf");
        java.nio.file.Files.writeString(notAFont, "hello");
        try {
            assertThatThrownBy(() -> font(notAFont.toString()).awt()).isInstanceOfSatisfying(UserFacingException.class,
                    e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
        } finally {
            java.nio.file.Files.delete(notAFont);
        }
    }

    @Test
    void charactersTheFontLacksArePrintedAsAQuestionMarkInsteadOfFailing() {
        SignFontAvailable.assume();
        SignFont installed = font("");
        assertThat(installed.printable("刘春华 0731-58880301")).isEqualTo("刘春华 0731-58880301");
        String rare = new String(Character.toChars(0x2A6D6)); // CJK Extension B, beyond WenQuanYi Micro Hei
        assertThat(installed.printable("张" + rare + "\n")).isEqualTo("张? ");
    }
}
