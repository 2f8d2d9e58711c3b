package org.mashang.signs.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import lombok.RequiredArgsConstructor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jspecify.annotations.Nullable;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.platform.ImageBytes;
import org.mashang.platform.UserFacingException;
import org.springframework.stereotype.Service;

/** Printable signs: one deputy's, a station's, or every serving deputy's of a station, as PDF or PNG. */
@Service
@RequiredArgsConstructor
public class Signs {

    static final String CALL_TO_ACTION = "扫码找代表，有事码上说";
    static final String SERVICE = "24小时智慧代表联络站";
    /** PNG resolution: sharp enough to print A4, small enough to send in a chat. */
    static final int PNG_DPI = 150;
    private static final int PHOTO_MAX_HEIGHT_PX = 640;

    private final Directory directory;
    private final QrCodes qr;
    private final SignFont font;
    private final SignProperties properties;

    /** A finished file, its media type and the name to save it under. */
    public record Printed(byte[] content, String mediaType, String fileName) {
    }

    public Printed deputy(long deputyId, SignSize size, SignFormat format) {
        DeputyCard deputy = printableDeputy(deputyId);
        return print(List.of(deputySign(deputy)), size, format, "公示牌 · " + deputy.name(), "sign-" + deputy.code());
    }

    public Printed station(long stationId, SignSize size, SignFormat format) {
        StationCard station = printableStation(stationId);
        return print(List.of(stationSign(station)), size, format, "公示牌 · " + station.name(),
                "sign-station-" + station.code());
    }

    /** One page per serving deputy of the station, in the station's order. */
    public Printed stationDeputies(long stationId, SignSize size) {
        StationCard station = printableStation(stationId);
        List<DeputyCard> deputies = servingByLevel(stationId);
        if (deputies.isEmpty()) {
            throw UserFacingException.conflict("“" + station.name() + "”目前没有在任代表，没有公示牌可打印");
        }
        List<SignContent> signs = deputies.stream().map(d -> deputySign(d, station)).toList();
        return print(signs, size, SignFormat.PDF, "代表公示牌 · " + station.name(), "signs-" + station.code());
    }

    private Printed print(List<SignContent> signs, SignSize size, SignFormat format, String title, String baseName) {
        byte[] content = format == SignFormat.PDF ? pdf(signs, size, title) : png(signs.get(0), size);
        return new Printed(content, format.mediaType(), baseName + "-" + size.lower() + "." + format.extension());
    }

    /** The station's serving deputies, national deputies first, then provincial and so on down. */
    public List<DeputyCard> servingByLevel(long stationId) {
        return byLevel(directory.deputiesOfStation(stationId, true));
    }

    public static List<DeputyCard> byLevel(List<DeputyCard> deputies) {
        return deputies.stream().sorted(Comparator.comparing(d -> d.level().ordinal())).toList();
    }

    private DeputyCard printableDeputy(long id) {
        DeputyCard deputy = directory.deputy(id).orElseThrow(() -> UserFacingException.notFound("没有找到这位代表"));
        if (!deputy.serving()) {
            throw UserFacingException.conflict(deputy.name() + "目前不在任（已停用或任期已满），不能打印公示牌");
        }
        return deputy;
    }

    private StationCard printableStation(long id) {
        StationCard station = directory.station(id).orElseThrow(() -> UserFacingException.notFound("没有找到这个联络站"));
        if (!station.active()) {
            throw UserFacingException.conflict("“" + station.name() + "”已停用，不能打印公示牌");
        }
        return station;
    }

    private SignContent deputySign(DeputyCard deputy) {
        return deputySign(deputy, directory.station(deputy.stationId()).orElseThrow());
    }

    private SignContent deputySign(DeputyCard deputy, StationCard station) {
        List<SignContent.Fact> facts = new ArrayList<>();
        fact(facts, "办公电话", deputy.officePhone());
        fact(facts, "选区", deputy.constituency());
        fact(facts, "联系区块", deputy.blocks().stream().map(b -> b.name()).collect(Collectors.joining("、")));
        fact(facts, "联络站", deputy.stationName());
        String url = properties.deputyUrl(deputy.code());
        return new SignContent(SERVICE, p(deputy.name()), p(deputy.level().label()), facts, true,
                deputy.hasPhoto() ? photo(deputy.id()) : null, p(initial(deputy.name())), url, CALL_TO_ACTION,
                p("手机扫码，或在浏览器中打开 " + url), p(footer(station)));
    }

    private SignContent stationSign(StationCard station) {
        List<SignContent.Fact> facts = new ArrayList<>();
        fact(facts, "地址", station.address());
        fact(facts, "开放时间", station.openHours());
        fact(facts, "电话", station.phone());
        fact(facts, "本站代表", servingByLevel(station.id()).stream().map(DeputyCard::name).collect(Collectors.joining("、")));
        String url = properties.stationUrl(station.code());
        return new SignContent(SERVICE, p(station.name()), p(station.streetName() + "人大工委"), facts, false, null, null,
                url, CALL_TO_ACTION, p("留言由联络站转给代表办理 · " + url), p(SERVICE + " · 有事码上说"));
    }

    private static String initial(String name) {
        return name == null || name.isBlank() ? "代" : name.strip().substring(0, name.strip().offsetByCodePoints(0, 1));
    }

    private static String footer(StationCard station) {
        StringBuilder s = new StringBuilder(station.name());
        if (station.address() != null && !station.address().isBlank()) {
            s.append("　").append(station.address());
        }
        if (station.phone() != null && !station.phone().isBlank()) {
            s.append("　电话 ").append(station.phone());
        }
        return s.toString();
    }

    private void fact(List<SignContent.Fact> facts, String label, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new SignContent.Fact(label, p(value.strip())));
        }
    }

    private String p(String text) {
        return font.printable(text);
    }

    /** The deputy's photo cropped to the portrait box and scaled down for print; null when it cannot be read. */
    private @Nullable BufferedImage photo(long deputyId) {
        return directory.deputyPhoto(deputyId).map(Signs::portrait).orElse(null);
    }

    static BufferedImage portrait(byte[] content) {
        BufferedImage source;
        try {
            source = ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (source == null || source.getWidth() < 1 || source.getHeight() < 1) {
            return null;
        }
        float aspect = SignLayout.PHOTO_WIDTH / SignLayout.PHOTO_HEIGHT;
        int cropWidth = source.getWidth();
        int cropHeight = Math.round(cropWidth / aspect);
        if (cropHeight > source.getHeight()) {
            cropHeight = source.getHeight();
            cropWidth = Math.max(1, Math.round(cropHeight * aspect));
        }
        int x = (source.getWidth() - cropWidth) / 2;
        int y = (source.getHeight() - cropHeight) / 2;
        int outHeight = Math.min(cropHeight, PHOTO_MAX_HEIGHT_PX);
        int outWidth = Math.max(1, Math.round(outHeight * aspect));
        BufferedImage out = new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(source, 0, 0, outWidth, outHeight, x, y, x + cropWidth, y + cropHeight, null);
        g.dispose();
        return out;
    }

    private byte[] pdf(List<SignContent> signs, SignSize size, String title) {
        try (PDDocument document = new PDDocument(); SignFont.PdfFont pdfFont = font.pdf(document)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("码上找代表");
            PDRectangle paper = size == SignSize.A5 ? PDRectangle.A5 : PDRectangle.A4;
            for (SignContent sign : signs) {
                PDPage page = new PDPage(paper);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    SignLayout.draw(new PdfSignCanvas(document, content, pdfFont.font(), size.height()), size, sign,
                            qr.matrix(sign.qrContent()));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] png(SignContent sign, SignSize size) {
        float pxPerMm = PNG_DPI / 25.4f;
        BufferedImage image = new BufferedImage(Math.round(size.width() * pxPerMm), Math.round(size.height() * pxPerMm),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(pxPerMm, pxPerMm);
            SignLayout.draw(new ImageSignCanvas(g, font.awt()), size, sign, qr.matrix(sign.qrContent()));
        } finally {
            g.dispose();
        }
        return ImageBytes.of(image, "png");
    }
}
