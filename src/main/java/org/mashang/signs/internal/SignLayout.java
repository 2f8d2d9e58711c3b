package org.mashang.signs.internal;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout of a sign, drawn to A4 in millimetres and scaled for smaller paper: a red band with the service's
 * name, the deputy's (or station's) card, the QR code as large as the remaining space allows (at least 6 cm on A4,
 * quiet zone included), the call to action and the URL written out, and the station at the foot.
 */
final class SignLayout {

    static final Color RED = new Color(0xB7, 0x1C, 0x1C);
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x66, 0x66, 0x66);

    /** Portrait box, width to height. */
    static final float PHOTO_WIDTH = 36;
    static final float PHOTO_HEIGHT = 48;
    static final float QR_MAX = 120;
    static final float QR_MIN = 62;
    private static final int FACT_MAX_LINES = 3;
    private static final String ELLIPSIS = "…";
    /** Where a line may break by preference: after a list separator or a space, not inside a name. */
    private static final String BREAK_AFTER = "、，,；; ";

    private SignLayout() {
    }

    static void draw(SignCanvas c, SignSize size, SignContent sign, BitMatrix qr) {
        float k = size.width() / SignSize.A4.width();
        float width = size.width();
        float height = size.height();
        float margin = 15 * k;

        c.rect(0, 0, width, 36 * k, RED);
        c.text("码上找代表", margin, 20 * k, 30 * k, Color.WHITE, true);
        c.text(sign.subtitle(), margin, 30.5f * k, 12 * k, Color.WHITE, false);

        float top = 47 * k;
        float textX = margin;
        float portraitBottom = top;
        if (sign.portrait()) {
            float pw = PHOTO_WIDTH * k;
            float ph = PHOTO_HEIGHT * k;
            if (sign.photo() != null) {
                c.image(sign.photo(), margin, top, pw, ph);
            } else {
                c.rect(margin, top, pw, ph, RED);
                float initialSize = 44 * k;
                float w = c.textWidth(sign.initial(), initialSize);
                c.text(sign.initial(), margin + (pw - w) / 2, top + ph / 2 + initialSize * SignCanvas.MM_PER_PT * 0.36f,
                        initialSize, Color.WHITE, false);
            }
            textX = margin + pw + 8 * k;
            portraitBottom = top + ph;
        }
        float textWidth = width - margin - textX;
        float y = top + 10 * k;
        float nameSize = 28 * k;
        while (nameSize > 18 * k && c.textWidth(sign.name(), nameSize) > textWidth) {
            nameSize -= k;
        }
        List<String> nameLines = wrap(c, sign.name(), textWidth, nameSize, 2);
        for (int i = 0; i < nameLines.size(); i++) {
            if (i > 0) {
                y += nameSize * SignCanvas.MM_PER_PT * 1.2f;
            }
            c.text(nameLines.get(i), textX, y, nameSize, INK, true);
        }
        y += 9 * k;
        c.text(sign.role(), textX, y, 14 * k, RED, false);
        y += 2 * k;
        float factSize = 12 * k;
        float labelWidth = c.textWidth("联系区块", factSize) + 3 * k;
        for (SignContent.Fact fact : sign.facts()) {
            List<String> lines = wrap(c, fact.value(), textWidth - labelWidth, factSize, FACT_MAX_LINES);
            y += 7 * k;
            c.text(fact.label(), textX, y, factSize, MUTED, false);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    y += 6 * k;
                }
                c.text(lines.get(i), textX + labelWidth, y, factSize, INK, false);
            }
        }
        float cardBottom = Math.max(y + 4 * k, portraitBottom) + 4 * k;

        float footerTop = height - 17 * k;
        c.rect(margin, footerTop, width - 2 * margin, 0.6f * k, RED);
        List<String> footer = wrap(c, sign.footer(), width - 2 * margin, 10 * k, 2);
        float footerBaseline = footerTop + 7 * k;
        for (String line : footer) {
            centered(c, line, width, footerBaseline, 10 * k, MUTED, false);
            footerBaseline += 4.5f * k;
        }

        float textBelowQr = 24 * k;
        float available = footerTop - 4 * k - cardBottom - textBelowQr;
        float qrSize = Math.max(QR_MIN * k, Math.min(QR_MAX * k, available));
        float qrTop = cardBottom + Math.max(0, (available - qrSize) / 2);
        c.qr(qr, (width - qrSize) / 2, qrTop, qrSize);
        float ctaBaseline = qrTop + qrSize + 11 * k;
        centered(c, sign.callToAction(), width, ctaBaseline, 24 * k, RED, true);
        List<String> hint = wrap(c, sign.hint(), width - 2 * margin, 11 * k, 1);
        centered(c, hint.get(0), width, ctaBaseline + 8 * k, 11 * k, MUTED, false);
    }

    private static void centered(SignCanvas c, String text, float pageWidth, float baseline, float size, Color color,
                                 boolean bold) {
        c.text(text, (pageWidth - c.textWidth(text, size)) / 2, baseline, size, color, bold);
    }

    /**
     * Breaks text into lines that fit, at a separator where there is one in the line, else anywhere (Chinese has
     * no spaces between words); what does not fit in {@code maxLines} ends with an ellipsis.
     */
    static List<String> wrap(SignCanvas c, String text, float maxWidth, float size, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (c.textWidth(rest, size) > maxWidth) {
            if (lines.size() == maxLines - 1) {
                lines.add(shortened(c, rest, maxWidth, size));
                return lines;
            }
            int end = fitting(c, rest, maxWidth, size);
            int breakAt = end;
            for (int i = end; i > 0; i--) {
                if (BREAK_AFTER.indexOf(rest.charAt(i - 1)) >= 0) {
                    breakAt = i;
                    break;
                }
            }
            lines.add(rest.substring(0, breakAt).strip());
            rest = rest.substring(breakAt).strip();
        }
        lines.add(rest);
        return lines;
    }

    /** How many chars of the text fit the width; at least one code point, so wrapping always moves on. */
    private static int fitting(SignCanvas c, String text, float maxWidth, float size) {
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (c.textWidth(text.substring(0, next), size) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static String shortened(SignCanvas c, String line, float maxWidth, float size) {
        String s = line;
        while (!s.isEmpty() && c.textWidth(s + ELLIPSIS, size) > maxWidth) {
            s = s.substring(0, s.offsetByCodePoints(s.length(), -1));
        }
        return s + ELLIPSIS;
    }
}
