package org.mashang.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks an uploaded photo by its content, not its file name: JPEG or PNG magic bytes,
 * and an image header that actually parses.
 */
public final class ImageUpload {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private ImageUpload() {
    }

    /** @return the content type of a valid image; throws a user-facing error otherwise */
    public static String check(byte[] content, String label) {
        if (content.length > MAX_BYTES) {
            throw UserFacingException.badRequest(label + "超过 5 MB，请压缩后再上传");
        }
        String type;
        if (startsWith(content, PNG)) {
            type = "image/png";
        } else if (startsWith(content, JPEG)) {
            type = "image/jpeg";
        } else {
            throw UserFacingException.badRequest(label + "不是 JPG 或 PNG 图片");
        }
        if (!parses(content)) {
            throw UserFacingException.badRequest(label + "已损坏，无法读取");
        }
        return type;
    }

    /**
     * Checks the photos chosen in a form (empty file inputs are ignored).
     *
     * @return the photos, in order; throws a user-facing error naming the first bad one
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
            byte[] content;
            try {
                content = file.getBytes();
            } catch (IOException e) {
                throw UserFacingException.badRequest("第 " + n + " 张照片没有上传完整，请重试");
            }
            photos.add(new Attachment(content, check(content, "第 " + n + " 张照片")));
            n++;
        }
        return photos;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean parses(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return reader.getWidth(0) > 0 && reader.getHeight(0) > 0;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
