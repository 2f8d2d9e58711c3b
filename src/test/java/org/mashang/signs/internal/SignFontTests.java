package org.mashang.signs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
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

    @Test
    void aPdfFontIsParsedOnceAndDocumentsTakeTurnsWithIt() throws Exception {
        SignFontAvailable.assume();
        SignFont installed = font("");
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (PDDocument first = new PDDocument(); PDDocument second = new PDDocument()) {
            SignFont.PdfFont held = installed.pdf(first);
            var waiting = other.submit(() -> installed.pdf(second));
            assertThatThrownBy(() -> waiting.get(300, java.util.concurrent.TimeUnit.MILLISECONDS))
                    .as("a second document waits while the first has the font")
                    .isInstanceOf(java.util.concurrent.TimeoutException.class);
            held.close();
            SignFont.PdfFont next = waiting.get(10, java.util.concurrent.TimeUnit.SECONDS);
            other.submit(next::close).get();
            assertThat(((PDCIDFontType2) next.font().getDescendantFont()).getTrueTypeFont())
                    .as("the same parsed font, not the 5 MB file parsed again")
                    .isSameAs(((PDCIDFontType2) held.font().getDescendantFont()).getTrueTypeFont());
        } finally {
            other.shutdownNow();
        }
        try (PDDocument third = new PDDocument(); SignFont.PdfFont again = installed.pdf(third)) {
            assertThat(again.font().getName()).as("the turn was given back").isNotBlank();
        }
    }

    @Test
    void aFileThatIsNoFontIsRefusedClearlyForAPdfAndGivesTheTurnBack() throws Exception {
        var notAFont = java.nio.file.Files.createTempFile("notafont", ".ttf");
        java.nio.file.Files.writeString(notAFont, "hello");
        SignFont broken = font(notAFont.toString());
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> broken.pdf(document)).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
            }
            assertThat(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    broken.pdf(document);
                    return "loaded";
                } catch (UserFacingException e) {
                    return "refused";
                }
            }).get(10, java.util.concurrent.TimeUnit.SECONDS)).as("another thread is refused too, not left waiting")
                    .isEqualTo("refused");
        } finally {
            java.nio.file.Files.delete(notAFont);
        }
    }
}
