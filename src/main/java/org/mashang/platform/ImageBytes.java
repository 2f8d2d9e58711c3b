package org.mashang.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** An image drawn on the server (a sign, a receipt card, a stand-in photo) as the bytes of an image file. */
public final class ImageBytes {

    private ImageBytes() {
    }

    /** @param format an ImageIO format name: "png", "jpg" */
    public static byte[] of(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
