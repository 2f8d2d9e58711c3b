package org.mashang.signs.internal;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.image.BufferedImage;

/**
 * What a sign is drawn with, in millimetres from the top-left corner of the page, so one layout serves the PDF
 * and the PNG. Text sizes are in points; {@code baseline} is where the text sits.
 */
interface SignCanvas {

    float textWidth(String text, float sizePt);

    void text(String text, float x, float baseline, float sizePt, Color color, boolean bold);

    void rect(float x, float y, float width, float height, Color color);

    /** Draws the image stretched to the box; callers crop it to the box's proportions first. */
    void image(BufferedImage image, float x, float y, float width, float height);

    /** The code's modules as dark squares on white, quiet zone included, filling a square of {@code size}. */
    void qr(BitMatrix matrix, float x, float y, float size);

    /** Millimetres per point. */
    float MM_PER_PT = 25.4f / 72f;
}
