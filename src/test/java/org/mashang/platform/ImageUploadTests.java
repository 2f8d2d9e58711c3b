package org.mashang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mashang.TestImages;
import org.mashang.UnitTest;

@UnitTest
class ImageUploadTests {

    @Test
    void aPhoneJpegComesOutUprightWithoutItsExifBlock() throws IOException {
        byte[] upload = TestImages.jpegWithExif(80, 40, 6);
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("Exif").contains(TestImages.EXIF_MARKER);
        Attachment stored = ImageUpload.check(upload, "照片");
        String bytes = new String(stored.content(), StandardCharsets.ISO_8859_1);
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(bytes).doesNotContain("Exif").doesNotContain(TestImages.EXIF_MARKER).doesNotContain("GPS");
        BufferedImage image = read(stored);
        // stored 80 × 40 lying on its side (orientation 6: turn 90° clockwise): 40 × 80 upright, red corner top right
        assertThat(image.getWidth()).isEqualTo(40);
        assertThat(image.getHeight()).isEqualTo(80);
        assertThat(red(image.getRGB(35, 3))).isTrue();
        assertThat(red(image.getRGB(3, 3))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyOrientationPutsTheRedCornerWhereTheCameraMeantIt(int orientation) throws IOException {
        BufferedImage image = read(ImageUpload.check(TestImages.jpegWithExif(80, 40, orientation), "照片"));
        boolean sideways = orientation >= 5;
        assertThat(image.getWidth()).isEqualTo(sideways ? 40 : 80);
        int w = image.getWidth() - 1;
        int h = image.getHeight() - 1;
        // where the stored top-left corner ends up, for each orientation of the EXIF standard
        int[][] corner = {{0, 0}, {w, 0}, {w, h}, {0, h}, {0, 0}, {w, 0}, {w, h}, {0, h}};
        int x = corner[orientation - 1][0] == 0 ? 3 : w - 3;
        int y = corner[orientation - 1][1] == 0 ? 3 : h - 3;
        assertThat(red(image.getRGB(x, y))).as("red at %d,%d", x, y).isTrue();
    }

    @Test
    void aBigPhotoIsScaledToAtMost2048OnItsLongestSide() throws IOException {
        BufferedImage image = read(ImageUpload.check(TestImages.png(5000, 3000), "照片"));
        assertThat(image.getWidth()).isEqualTo(2048);
        assertThat(image.getHeight()).isEqualTo(1229);
    }

    @Test
    void htmlAppendedToAJpegIsGone() {
        byte[] jpeg = TestImages.jpeg();
        byte[] script = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
        byte[] upload = Arrays.copyOf(jpeg, jpeg.length + script.length);
        System.arraycopy(script, 0, upload, jpeg.length, script.length);
        assertThat(new String(ImageUpload.check(upload, "照片").content(), StandardCharsets.ISO_8859_1)).doesNotContain("script");
    }

    @Test
    void aHugePictureIsRefusedFromItsHeaderBeforeDecoding() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> ImageUpload.check(TestImages.pngClaiming(60000, 60000), "照片"))
                .isInstanceOf(UserFacingException.class).hasMessage("照片尺寸太大（60000 × 60000 像素，最多 1.2 亿像素），请缩小后再上传");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
    }

    @Test
    void aTruncatedPngIsRefused() {
        byte[] png = TestImages.png(400, 300);
        assertThatThrownBy(() -> ImageUpload.check(Arrays.copyOf(png, png.length / 2), "第 1 张照片"))
                .isInstanceOf(UserFacingException.class).hasMessageStartingWith("第 1 张照片已损坏");
    }

    @Test
    void garbageBehindJpegMagicIsRefused() {
        byte[] fake = new byte[2000];
        fake[0] = (byte) 0xFF;
        fake[1] = (byte) 0xD8;
        fake[2] = (byte) 0xFF;
        assertThatThrownBy(() -> ImageUpload.check(fake, "照片")).hasMessageStartingWith("照片已损坏");
    }

    @Test
    void notAnImageAndTooBigAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> ImageUpload.check("hello".getBytes(), "照片")).hasMessage("照片不是 JPG 或 PNG 图片");
        assertThatThrownBy(() -> ImageUpload.check(new byte[ImageUpload.MAX_BYTES + 1], "照片"))
                .hasMessage("照片超过 20 MB，请换一张或压缩后再上传");
    }

    private static BufferedImage read(Attachment a) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(a.content()));
    }

    private static boolean red(int rgb) {
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        return r > 180 && g < 80 && b < 80;
    }
}
