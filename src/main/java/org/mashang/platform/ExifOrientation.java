package org.mashang.platform;

import java.awt.geom.AffineTransform;

/**
 * The orientation a phone camera records in a JPEG's EXIF block (tag 0x0112) instead of turning the pixels: read
 * here so the re-encoded photo, which carries no metadata, is the right way up. Anything unexpected reads as 1.
 */
final class ExifOrientation {

    private static final int TAG_ORIENTATION = 0x0112;

    private ExifOrientation() {
    }

    /** @return 1 … 8 as in the EXIF standard; 1 (as stored) when there is no readable tag */
    static int of(byte[] jpeg) {
        try {
            int pos = 2;
            while (pos + 4 <= jpeg.length && u8(jpeg, pos) == 0xFF) {
                int marker = u8(jpeg, pos + 1);
                if (marker == 0xDA || marker == 0xD9) {
                    return 1; // image data starts: no EXIF before it
                }
                int length = u16(jpeg, pos + 2, false);
                if (marker == 0xE1 && length >= 16 && startsWith(jpeg, pos + 4, "Exif\0\0")) {
                    return fromTiff(jpeg, pos + 10, pos + 2 + length);
                }
                pos += 2 + length;
            }
        } catch (IndexOutOfBoundsException e) {
            return 1;
        }
        return 1;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
        if (!little && !(b[tiff] == 'M' && b[tiff + 1] == 'M')) {
            return 1;
        }
        int ifd = tiff + (int) u32(b, tiff + 4, little);
        int entries = u16(b, ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, little) == TAG_ORIENTATION) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** Whether the stored picture is on its side (width and height swap when it is turned upright). */
    static boolean swapsSides(int orientation) {
        return orientation >= 5;
    }

    /** Maps the stored picture, drawn at w × h, onto the upright one. */
    static AffineTransform transform(int orientation, int w, int h) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
    }

    private static boolean startsWith(byte[] b, int pos, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            if (b[pos + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int u8(byte[] b, int pos) {
        return b[pos] & 0xFF;
    }

    private static int u16(byte[] b, int pos, boolean little) {
        return little ? u8(b, pos) | u8(b, pos + 1) << 8 : u8(b, pos) << 8 | u8(b, pos + 1);
    }

    private static long u32(byte[] b, int pos, boolean little) {
        long hi = u16(b, little ? pos + 2 : pos, little);
        long lo = u16(b, little ? pos : pos + 2, little);
        return hi << 16 | lo;
    }
}
