package org.mashang.signs.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.ImageBytes;
import org.mashang.signs.ReceiptCards;
import org.springframework.stereotype.Component;

/** 720 × 960 pixels: readable on any phone, small enough (≈ 40 KB) for a slow connection. */
@Component
@RequiredArgsConstructor
class ReceiptCardImage implements ReceiptCards {

    static final int WIDTH = 720;
    static final int HEIGHT = 960;
    private static final Color RED = new Color(0xb7, 0x1c, 0x1c);

    private final SignFont font;
    private final QrCodes qr;

    @Override
    public byte[] png(String title, List<Line> lines, String note, String link) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Font base = font.awt();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(RED);
            g.fillRect(0, 0, WIDTH, 120);
            g.setColor(Color.WHITE);
            g.setFont(base.deriveFont(Font.BOLD, 44f));
            g.drawString(font.printable(title), 40, 78);
            int y = 190;
            for (Line line : lines) {
                g.setColor(new Color(0x55, 0x55, 0x55));
                g.setFont(base.deriveFont(28f));
                g.drawString(font.printable(line.label()), 40, y);
                g.setColor(Color.BLACK);
                g.setFont(base.deriveFont(Font.BOLD, 44f));
                g.drawString(font.printable(line.value()), 40, y + 52);
                y += 112;
            }
            BufferedImage code = ImageIO.read(new ByteArrayInputStream(qr.png(link, 6)));
            int size = Math.min(260, code.getWidth());
            g.drawImage(code, WIDTH - 40 - size, HEIGHT - 60 - size - 60, size, size, null);
            g.setColor(Color.BLACK);
            g.setFont(base.deriveFont(24f));
            g.drawString(font.printable(link), 40, HEIGHT - 80);
            g.setColor(RED);
            g.setFont(base.deriveFont(26f));
            g.drawString(font.printable(note), 40, HEIGHT - 30);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            g.dispose();
        }
        return ImageBytes.of(image, "png");
    }
}
