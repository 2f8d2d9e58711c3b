package org.mashang.signs.internal;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/** Draws a sign into a PDF page: text in the embedded font, the QR code as vector squares. */
class PdfSignCanvas implements SignCanvas {

    private static final float PT_PER_MM = 72f / 25.4f;

    private final PDDocument document;
    private final PDPageContentStream content;
    private final PDType0Font font;
    private final float pageHeight;

    PdfSignCanvas(PDDocument document, PDPageContentStream content, PDType0Font font, float pageHeightMm) {
        this.document = document;
        this.content = content;
        this.font = font;
        this.pageHeight = pageHeightMm;
    }

    /** A drawing step that may fail on I/O, which for an in-memory document is a bug, not a user's mistake. */
    private interface Step {
        void run() throws IOException;
    }

    private static void draw(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public float textWidth(String text, float sizePt) {
        try {
            return font.getStringWidth(text) / 1000f * sizePt * MM_PER_PT;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void text(String text, float x, float baseline, float sizePt, Color color, boolean bold) {
        draw(() -> {
            content.beginText();
            content.setFont(font, sizePt);
            content.setNonStrokingColor(color);
            if (bold) {
                // the font has one weight: a thin outline of the same colour makes it bold
                content.setStrokingColor(color);
                content.setLineWidth(sizePt * 0.035f);
                content.setRenderingMode(RenderingMode.FILL_STROKE);
            } else {
                content.setRenderingMode(RenderingMode.FILL);
            }
            content.newLineAtOffset(x * PT_PER_MM, (pageHeight - baseline) * PT_PER_MM);
            content.showText(text);
            content.endText();
        });
    }

    @Override
    public void rect(float x, float y, float width, float height, Color color) {
        draw(() -> {
            content.setNonStrokingColor(color);
            content.addRect(x * PT_PER_MM, (pageHeight - y - height) * PT_PER_MM, width * PT_PER_MM, height * PT_PER_MM);
            content.fill();
        });
    }

    @Override
    public void image(BufferedImage image, float x, float y, float width, float height) {
        draw(() -> content.drawImage(JPEGFactory.createFromImage(document, image, 0.9f), x * PT_PER_MM,
                (pageHeight - y - height) * PT_PER_MM, width * PT_PER_MM, height * PT_PER_MM));
    }

    @Override
    public void qr(BitMatrix matrix, float x, float y, float size) {
        rect(x, y, size, size, Color.WHITE);
        float module = size / matrix.getWidth();
        draw(() -> {
            content.setNonStrokingColor(Color.BLACK);
            for (int row = 0; row < matrix.getHeight(); row++) {
                int col = 0;
                while (col < matrix.getWidth()) {
                    if (!matrix.get(col, row)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < matrix.getWidth() && matrix.get(col, row)) {
                        col++;
                    }
                    // one rectangle per run of dark modules in a row
                    float top = y + row * module;
                    content.addRect((x + start * module) * PT_PER_MM, (pageHeight - top - module) * PT_PER_MM,
                            (col - start) * module * PT_PER_MM, module * PT_PER_MM);
                }
            }
            content.fill();
        });
    }
}
