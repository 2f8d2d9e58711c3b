package org.mashang.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Enumeration;
import java.util.zip.Deflater;

/**
 * gzip for responses prepared ahead of time. A page kept in memory is compressed once, piece by piece: each piece ends
 * on a byte boundary (a sync flush), so the values that differ for each visitor (a form's token) can go between the
 * pieces as stored, uncompressed blocks, and a visitor's page costs no compression at all.
 */
final class Gzip {

    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private Gzip() {
    }

    /** Whether the request's Accept-Encoding takes gzip. */
    static boolean accepted(HttpServletRequest request) {
        Enumeration<String> headers = request.getHeaders("Accept-Encoding");
        while (headers != null && headers.hasMoreElements()) {
            for (String coding : headers.nextElement().split(",")) {
                String[] parts = coding.split(";");
                if (parts[0].strip().equalsIgnoreCase("gzip")) {
                    return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
                }
            }
        }
        return false;
    }

    /**
     * Raw deflate of one piece. A piece that is not the last ends with a sync flush, on a byte boundary, without
     * referring to anything before it; the last ends the stream.
     */
    static byte[] deflate(byte[] piece, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(piece);
            ByteArrayOutputStream out = new ByteArrayOutputStream(piece.length / 3 + 64);
            byte[] buffer = new byte[8192];
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int n;
                do {
                    n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, n);
                } while (n == buffer.length);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static void header(OutputStream out) throws IOException {
        out.write(HEADER);
    }

    /** Bytes as they are, in stored blocks (at most 65,535 bytes each), after a piece that ended on a byte boundary. */
    static void stored(OutputStream out, byte[] data) throws IOException {
        int offset = 0;
        do {
            int n = Math.min(65_535, data.length - offset);
            out.write(0); // BFINAL 0, BTYPE 00 (stored), padded to the byte
            out.write(n & 0xff);
            out.write(n >>> 8);
            out.write(~n & 0xff);
            out.write((~n >>> 8) & 0xff);
            out.write(data, offset, n);
            offset += n;
        } while (offset < data.length);
    }

    /** CRC-32 and length of everything before compression, little-endian. */
    static void trailer(OutputStream out, long crc, long length) throws IOException {
        for (int i = 0; i < 4; i++) {
            out.write((int) (crc >>> (8 * i)) & 0xff);
        }
        for (int i = 0; i < 4; i++) {
            out.write((int) (length >>> (8 * i)) & 0xff);
        }
    }
}
