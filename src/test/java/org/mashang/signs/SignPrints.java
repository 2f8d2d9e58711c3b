package org.mashang.signs;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.mashang.Staff;
import org.mashang.TestImages;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Reads printed signs back the way a phone and a person would: the QR code from pixels, the text from the PDF. */
final class SignPrints {

    private SignPrints() {
    }

    /** A deputy added at the station by its administrator, with a photo. */
    static DeputyCard newDeputy(MockMvc mvc, UserDetailsService users, Directory directory, long station, String admin)
            throws Exception {
        String name = "测试" + UUID.randomUUID().toString().substring(0, 4);
        var request = multipart("/admin/deputies").file(new MockMultipartFile("photo", "me.jpg", "image/jpeg", TestImages.jpeg()))
                .with(csrf()).with(Staff.as(users, admin))
                .param("name", name).param("level", "COUNTY").param("officePhone", "0731-58887777")
                .param("stationId", "" + station).param("termStart", "2022-01-01").param("termEnd", "2099-12-31");
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return directory.deputiesOfStation(station, true).stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    static BufferedImage image(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result decode(BufferedImage image) {
        // the scanner reads brightness only: handed grey pixels, ZXing takes them as they are instead of asking the
        // colour model for each pixel of a page (most of this helper's time on a 200 dpi A4)
        var source = new BufferedImageLuminanceSource(grey(image));
        Exception last = null;
        // like a phone's scanner, try the other way of telling black from white before giving up
        var bitmaps = java.util.List.of(new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new com.google.zxing.common.GlobalHistogramBinarizer(source)));
        for (var bitmap : bitmaps) {
            try {
                return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
                last = e;
            }
        }
        // the single reader samples the grid from the first three finder-like marks it takes; on a whole page of text
        // this once failed its checksum in CI (not again in 800 signs rendered alike), so, as a phone framing the code
        // would, every triple of marks is tried before giving up
        for (var bitmap : bitmaps) {
            try {
                return new com.google.zxing.multi.qrcode.QRCodeMultiReader()
                        .decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))[0];
            } catch (NotFoundException e) {
                last = e;
            }
        }
        throw new AssertionError("no QR code found in the image", last);
    }

    /**
     * The QR code of a printed page, as a scanner would read the print: rendered at a few resolutions (the code is drawn
     * as vector squares, and at some resolutions their edges fall between pixels), the first that reads wins.
     */
    static Result decodePage(PDDocument document, int page) {
        AssertionError last = null;
        for (float dpi : new float[] {200, 300, 150, 250}) {
            try {
                return decode(render(document, page, dpi));
            } catch (AssertionError e) {
                last = e;
            }
        }
        throw last;
    }

    private static BufferedImage grey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var g = grey.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return grey;
    }

    static PDDocument pdf(byte[] content) {
        try {
            return Loader.loadPDF(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param page zero-based */
    static BufferedImage render(PDDocument document, int page, float dpi) {
        try {
            // in grey, as the scanner reads it (see decode)
            return new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param page zero-based */
    static String text(PDDocument document, int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
