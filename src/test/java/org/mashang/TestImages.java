package org.mashang;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.mashang.platform.ImageBytes;

/** Real, small images for upload tests, and the awkward ones people and attackers send. */
public final class TestImages {

    /** Written into the EXIF block of {@link #jpegWithExif}: must never come out of the server again. */
    public static final String EXIF_MARKER = "GPS 27.8612N 112.9180E";

    private TestImages() {
    }

    public static byte[] png() {
        return ImageBytes.of(image(40, 30), "png");
    }

    public static byte[] jpeg() {
        return ImageBytes.of(image(40, 30), "jpg");
    }

    public static byte[] png(int width, int height) {
        return ImageBytes.of(image(width, height), "png");
    }

    /** A photo as a phone camera writes it: stored sideways with an EXIF orientation, a GPS position and a description. */
    public static byte[] jpegWithExif(int width, int height, int orientation) {
        byte[] jpeg = ImageBytes.of(image(width, height), "jpg");
        byte[] app1 = exif(orientation);
        byte[] out = new byte[jpeg.length + app1.length];
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(app1, 0, out, 2, app1.length);
        System.arraycopy(jpeg, 2, out, 2 + app1.length, jpeg.length - 2);
        return out;
    }

    /** A valid PNG header claiming a huge picture, with almost no data behind it. */
    public static byte[] pngClaiming(int width, int height) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(ihdr);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[]{8, 2, 0, 0, 0});
            chunk(out, "IHDR", ihdr.toByteArray());
            chunk(out, "IDAT", new byte[]{0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
            chunk(out, "IEND", new byte[0]);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        out.writeInt(data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    /** APP1 "Exif": IFD0 with orientation, an image description and a pointer to a GPS IFD holding a latitude. */
    private static byte[] exif(int orientation) {
        try (ByteArrayOutputStream tiff = new ByteArrayOutputStream(); DataOutputStream t = new DataOutputStream(tiff)) {
            byte[] description = (EXIF_MARKER + "\0").getBytes(StandardCharsets.US_ASCII);
            int ifd0 = 8;
            int ifd0Size = 2 + 3 * 12 + 4;
            int descriptionAt = ifd0 + ifd0Size;
            int gpsAt = descriptionAt + description.length;
            t.write(new byte[]{'M', 'M', 0, 42});
            t.writeInt(ifd0);
            t.writeShort(3);
            entry(t, 0x010E, 2, description.length, descriptionAt);
            t.writeShort(0x0112);
            t.writeShort(3);
            t.writeInt(1);
            t.writeShort(orientation);
            t.writeShort(0);
            entry(t, 0x8825, 4, 1, gpsAt);
            t.writeInt(0);
            t.write(description);
            t.writeShort(1);
            entry(t, 0x0001, 2, 2, 0x4E000000); // GPSLatitudeRef "N", inline
            t.writeInt(0);
            byte[] body = tiff.toByteArray();
            ByteArrayOutputStream app1 = new ByteArrayOutputStream();
            DataOutputStream a = new DataOutputStream(app1);
            a.writeShort(0xFFE1);
            a.writeShort(2 + 6 + body.length);
            a.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
            a.write(body);
            return app1.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(DataOutputStream t, int tag, int type, int count, int value) throws IOException {
        t.writeShort(tag);
        t.writeShort(type);
        t.writeInt(count);
        t.writeInt(value);
    }

    /** Red in the top left corner, so a test can tell which way up a picture came out. */
    private static BufferedImage image(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < Math.max(1, width / 4); x++) {
            for (int y = 0; y < Math.max(1, height / 4); y++) {
                image.setRGB(x, y, 0xff0000);
            }
        }
        return image;
    }
}
