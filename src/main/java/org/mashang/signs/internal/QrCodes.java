package org.mashang.signs.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.EnumMap;
import org.mashang.platform.TtlCache;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * QR codes for print: error correction level Q (a quarter of the code may be dirty or torn)
 * and the standard quiet zone of 4 modules around it. URLs are ASCII, so no ECI charset marker is
 * written: some scanners stumble over it.
 *
 * <p>Every code is read back before it is used: for about one URL in twenty the mask pattern the encoder picks
 * gives a symbol that ZXing's own reader (and so, likely, some phones) cannot read. Then another of the eight
 * masks is used; the symbol says which, so any scanner reads it the same.
 */
@Component
public class QrCodes {

    static final int QUIET_ZONE = 4;
    private static final int CHECK_MODULE_PIXELS = 4;

    private final TtlCache<String, BitMatrix> readable = new TtlCache<>(Duration.ofHours(1));

    public BitMatrix matrix(String content) {
        return readable.get(content, this::readableMatrix).clone();
    }

    private BitMatrix readableMatrix(String content) {
        BitMatrix chosen = encode(content, null);
        if (reads(chosen, content)) {
            return chosen;
        }
        for (int mask = 0; mask < 8; mask++) {
            BitMatrix other = encode(content, mask);
            if (reads(other, content)) {
                return other;
            }
        }
        return chosen;
    }

    private static BitMatrix encode(String content, Integer mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as QR: " + content, e);
        }
    }

    private static boolean reads(BitMatrix m, String content) {
        BufferedImage image = MatrixToImageWriter.toBufferedImage(scale(m, CHECK_MODULE_PIXELS));
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            return content.equals(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText());
        } catch (ReaderException e) {
            return false;
        }
    }

    /** @param moduleSize pixels per module; 10 gives about 2.5 cm at 300 dpi for a short URL */
    public byte[] png(String content, int moduleSize) {
        BitMatrix m = matrix(content);
        BitMatrix scaled = scale(m, moduleSize);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            MatrixToImageWriter.writeToStream(scaled, "PNG", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A vector image: one path of unit squares, sharp at any print size. */
    public String svg(String content) {
        BitMatrix m = matrix(content);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" shape-rendering="crispEdges">
                <rect width="100%%" height="100%%" fill="#fff"/>
                <path fill="#000" d="%s"/>
                </svg>
                """.formatted(m.getWidth(), m.getHeight(), m.getWidth() * 8, m.getHeight() * 8, path);
    }

    private static BitMatrix scale(BitMatrix m, int factor) {
        BitMatrix out = new BitMatrix(m.getWidth() * factor, m.getHeight() * factor);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    out.setRegion(x * factor, y * factor, factor, factor);
                }
            }
        }
        return out;
    }
}
