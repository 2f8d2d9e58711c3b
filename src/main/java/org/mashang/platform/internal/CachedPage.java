package org.mashang.platform.internal;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.zip.CRC32;
import org.springframework.http.HttpHeaders;

/**
 * A rendered page kept in memory: its bytes cut at the places where each visitor gets their own value (a hole), and
 * the pieces compressed once for gzip, so sending it costs filling the holes and writing bytes.
 */
final class CachedPage {

    enum Hole { CSRF_TOKEN, FORM_KEY }

    /** The placeholders rendered into a page where its holes are; random per instance, so no text can fake them. */
    record Markers(String csrfToken, String formKey) {
    }

    /** Random hex for the markers of one instance: no value typed by a visitor can pass for a placeholder. */
    static String nonce() {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        return HexFormat.of().formatHex(nonce);
    }

    private static final int MIN_GZIP = 1024;
    private static final Hole[] HOLES = Hole.values();

    private final byte[][] pieces;
    /** Per hole, the index of its marker (for a public page, {@link Hole#ordinal()}). */
    private final int[] holes;
    private final byte[][] deflated;
    private final Map<String, List<String>> headers;
    private final String contentType;
    private final int size;

    private CachedPage(byte[][] pieces, int[] holes, byte[][] deflated, String contentType, Map<String, List<String>> headers) {
        this.pieces = pieces;
        this.holes = holes;
        this.deflated = deflated;
        this.contentType = contentType;
        this.headers = headers;
        int total = 0;
        for (byte[] piece : pieces) {
            total += piece.length;
        }
        for (byte[] piece : deflated == null ? new byte[0][] : deflated) {
            total += piece.length;
        }
        this.size = total;
    }

    /**
     * @param headers headers of the rendered answer to send again with it (security headers, cache control, language …)
     */
    static CachedPage of(byte[] body, String contentType, Map<String, List<String>> headers, Markers markers) {
        return of(body, contentType, headers, List.of(markers.csrfToken(), markers.formKey()));
    }

    /**
     * A page with holes where any of {@code markers} was rendered; a hole is the index of its marker, the number
     * {@link #sendFilled} asks a value for.
     */
    static CachedPage of(byte[] body, String contentType, Map<String, List<String>> headers, List<String> markers) {
        List<byte[]> needles = markers.stream().map(m -> m.getBytes(StandardCharsets.US_ASCII)).toList();
        List<byte[]> pieces = new ArrayList<>();
        List<Integer> holes = new ArrayList<>();
        int start = 0;
        while (true) {
            int at = -1;
            int which = -1;
            for (int i = 0; i < needles.size(); i++) {
                int found = indexOf(body, needles.get(i), start);
                if (found >= 0 && (at < 0 || found < at)) {
                    at = found;
                    which = i;
                }
            }
            if (at < 0) {
                break;
            }
            pieces.add(java.util.Arrays.copyOfRange(body, start, at));
            holes.add(which);
            start = at + needles.get(which).length;
        }
        pieces.add(java.util.Arrays.copyOfRange(body, start, body.length));
        byte[][] deflated = null;
        if (body.length >= MIN_GZIP && compressible(contentType)) {
            deflated = new byte[pieces.size()][];
            for (int i = 0; i < pieces.size(); i++) {
                deflated[i] = Gzip.deflate(pieces.get(i), i == pieces.size() - 1);
            }
        }
        return new CachedPage(pieces.toArray(byte[][]::new), holes.stream().mapToInt(Integer::intValue).toArray(), deflated,
                contentType, new LinkedHashMap<>(headers));
    }

    /** Bytes held in memory. */
    int size() {
        return size;
    }

    boolean hasHoles() {
        return holes.length > 0;
    }

    boolean hasCsrfToken() {
        return java.util.Arrays.stream(holes).anyMatch(h -> h == Hole.CSRF_TOKEN.ordinal());
    }

    /**
     * Sends the page with each hole filled by {@code values} (asked before anything is written, so it may set cookies),
     * with the headers kept unless the answer has them already (it was just rendered).
     */
    void send(HttpServletRequest request, HttpServletResponse response, int status, boolean withHeaders,
              Function<Hole, String> values) throws IOException {
        sendFilled(request, response, status, withHeaders, hole -> values.apply(HOLES[hole]));
    }

    /** As above, each hole filled by the value for its marker's index (UTF-8). */
    void sendFilled(HttpServletRequest request, HttpServletResponse response, int status, boolean withHeaders,
              IntFunction<String> values) throws IOException {
        byte[][] filled = new byte[holes.length][];
        for (int i = 0; i < holes.length; i++) {
            filled[i] = values.apply(holes[i]).getBytes(StandardCharsets.UTF_8);
        }
        response.setStatus(status);
        if (contentType != null) {
            response.setContentType(contentType);
        }
        if (withHeaders) {
            headers.forEach((name, kept) -> kept.forEach(value -> response.addHeader(name, value)));
        }
        boolean gzip = false;
        if (deflated != null) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            gzip = Gzip.accepted(request);
        }
        ServletOutputStream out = response.getOutputStream();
        if (!gzip) {
            long length = 0;
            for (byte[] piece : pieces) {
                length += piece.length;
            }
            for (byte[] value : filled) {
                length += value.length;
            }
            response.setContentLengthLong(length);
            for (int i = 0; i < pieces.length; i++) {
                out.write(pieces[i]);
                if (i < filled.length) {
                    out.write(filled[i]);
                }
            }
            return;
        }
        CRC32 crc = new CRC32();
        long plain = 0;
        long length = 10 + 8;
        for (int i = 0; i < pieces.length; i++) {
            crc.update(pieces[i]);
            plain += pieces[i].length;
            length += deflated[i].length;
            if (i < filled.length) {
                crc.update(filled[i]);
                plain += filled[i].length;
                length += 5L * Math.max(1, (filled[i].length + 65_534) / 65_535) + filled[i].length;
            }
        }
        response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        response.setContentLengthLong(length);
        Gzip.header(out);
        for (int i = 0; i < pieces.length; i++) {
            out.write(deflated[i]);
            if (i < filled.length) {
                Gzip.stored(out, filled[i]);
            }
        }
        Gzip.trailer(out, crc.getValue(), plain);
    }

    private static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase();
        return type.startsWith("text/") || type.contains("javascript") || type.contains("json") || type.contains("xml")
                || type.contains("svg");
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
