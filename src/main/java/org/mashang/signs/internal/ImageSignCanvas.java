package org.mashang.signs.internal;

import com.google.zxing.common.BitMatrix;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** Draws a sign onto an image with Java2D, in the same font file as the PDF. */
class ImageSignCanvas implements SignCanvas {

    private final Graphics2D g;
    private final Font font;

    /** @param g a graphics whose user space is millimetres */
    ImageSignCanvas(Graphics2D g, Font font) {
        this.g = g;
        this.font = font;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    @Override
    public float textWidth(String text, float sizePt) {
        return (float) sized(sizePt).getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    @Override
    public void text(String text, float x, float baseline, float sizePt, Color color, boolean bold) {
        Shape outline = sized(sizePt).createGlyphVector(g.getFontRenderContext(), text).getOutline(x, baseline);
        g.setColor(color);
        g.fill(outline);
        if (bold) {
            g.setStroke(new BasicStroke(sizePt * 0.035f * MM_PER_PT, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
    }

    @Override
    public void rect(float x, float y, float width, float height, Color color) {
        g.setColor(color);
        g.fill(new Rectangle2D.Float(x, y, width, height));
    }

    @Override
    public void image(BufferedImage image, float x, float y, float width, float height) {
        AffineTransform at = AffineTransform.getTranslateInstance(x, y);
        at.scale(width / image.getWidth(), height / image.getHeight());
        g.drawImage(image, at, null);
    }

    @Override
    public void qr(BitMatrix matrix, float x, float y, float size) {
        rect(x, y, size, size, Color.WHITE);
        float module = size / matrix.getWidth();
        Object antialias = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        // crisp module edges: no grey seams between neighbouring squares
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    g.fill(new Rectangle2D.Float(x + col * module, y + row * module, module, module));
                }
            }
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialias);
    }

    private Font sized(float sizePt) {
        return font.deriveFont(sizePt * MM_PER_PT);
    }
}
