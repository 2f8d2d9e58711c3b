package org.mashang.platform;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.springframework.web.multipart.MultipartFile;

/**
 * Every uploaded photo is decoded and drawn again: a JPEG of at most 2048 px on its longest side, turned the way the
 * camera meant it, with no metadata (no GPS position, no camera serial, nothing appended after the image). The pixel
 * count is read from the header and checked before any pixel is decoded, and big photos are decoded subsampled, so a
 * small file claiming 60000 × 60000 px cannot take the server's memory. What does not decode is refused.
 */
public final class ImageUpload {

    /** Phone cameras write up to about 20 MB per photo. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final long MAX_PIXELS = 120_000_000L;
    public static final int MAX_SIDE = 2048;
    public static final String CONTENT_TYPE = "image/jpeg";
    static final float QUALITY = 0.85f;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    /** Decoding takes memory in proportion to the picture: a few at a time, whatever the number of uploads. */
    private static final Semaphore DECODING = new Semaphore(2);

    private ImageUpload() {
    }

    /** @return the photo re-encoded; throws a user-facing error (naming the photo by {@code label}) otherwise */
    public static Attachment check(byte[] content, String label) {
        if (content.length > MAX_BYTES) {
            throw tooLarge(label);
        }
        try {
            return reencode(content);
        } catch (Unreadable e) {
            throw UserFacingException.badRequest(label + e.getMessage());
        }
    }

    /**
     * Checks the photos chosen in a form (empty file inputs are ignored).
     *
     * @return the photos re-encoded, in order; throws a user-facing error naming the first bad one
     */
    public static List<Attachment> checkAll(List<MultipartFile> uploads, int max) {
        if (uploads == null) {
            return List.of();
        }
        List<MultipartFile> chosen = uploads.stream().filter(f -> f != null && !f.isEmpty()).toList();
        if (chosen.size() > max) {
            throw UserFacingException.badRequest("最多上传 " + max + " 张照片");
        }
        List<Attachment> photos = new ArrayList<>();
        int n = 1;
        for (MultipartFile file : chosen) {
            String label = "第 " + n + " 张照片";
            if (file.getSize() > MAX_BYTES) {
                throw tooLarge(label);
            }
            byte[] content;
            try {
                content = file.getBytes();
            } catch (IOException e) {
                throw UserFacingException.badRequest(label + "没有上传完整，请重试");
            }
            photos.add(check(content, label));
            n++;
        }
        return photos;
    }

    private static UserFacingException tooLarge(String label) {
        return new UserFacingException(org.springframework.http.HttpStatus.CONTENT_TOO_LARGE,
                label + "超过 20 MB，请换一张或压缩后再上传");
    }

    /** The photo can not be used; the message says why, to follow the photo's label. */
    public static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    /**
     * Decodes and re-encodes a photo (also used for photos stored before uploads were re-encoded).
     *
     * @throws Unreadable when it is not a JPEG or PNG, has too many pixels, or does not decode
     */
    public static Attachment reencode(byte[] content) throws Unreadable {
        String format;
        if (startsWith(content, PNG)) {
            format = "png";
        } else if (startsWith(content, JPEG)) {
            format = "jpeg";
        } else {
            throw new Unreadable("不是 JPG 或 PNG 图片");
        }
        DECODING.acquireUninterruptibly();
        try {
            BufferedImage decoded = decode(content, format);
            int orientation = format.equals("jpeg") ? ExifOrientation.of(content) : 1;
            return new Attachment(encode(upright(decoded, orientation)), CONTENT_TYPE);
        } finally {
            DECODING.release();
        }
    }

    private static BufferedImage decode(byte[] content, String format) throws Unreadable {
        ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new Unreadable("已损坏，无法读取，请换一张");
            }
            if (width * height > MAX_PIXELS) {
                throw new Unreadable("尺寸太大（" + width + " × " + height + " 像素，最多 1.2 亿像素），请缩小后再上传");
            }
            // read every n-th pixel of a big photo: at most twice the size kept, then scaled smoothly
            int step = (int) Math.max(1, Math.max(width, height) / MAX_SIDE);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
                throw new Unreadable("已损坏，无法读取，请换一张");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("已损坏或格式不受支持，无法读取，请换一张");
        } finally {
            reader.dispose();
        }
    }

    /** Scaled to at most {@link #MAX_SIDE}, turned upright, on white (a PNG's transparency has no place in a JPEG). */
    private static BufferedImage upright(BufferedImage source, int orientation) {
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        boolean swap = ExifOrientation.swapsSides(orientation);
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.transform(ExifOrientation.transform(orientation, w, h));
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
