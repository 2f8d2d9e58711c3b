package org.mashang.signs.internal;

import com.google.zxing.BarcodeFormat;
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
 */
@Component
public class QrCodes {

    static final int QUIET_ZONE = 4;

    public BitMatrix matrix(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q,
                    EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as QR: " + content, e);
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
