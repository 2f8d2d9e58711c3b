package org.mashang.signs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestData;
import org.mashang.Staff;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.DeputyLevel;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.signs.internal.QrCodes;
import org.mashang.signs.internal.SignFontAvailable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/** Printed signs: what the QR code on paper decodes to, the font the PDF carries, and what the admin can ask for. */
@IntegrationTest
class SignTests {

    static final String BASE = "http://localhost:8080";
    static final float MM_PER_INCH = 25.4f;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Directory directory;

    @Autowired
    QrCodes qrCodes;

    /** Each test's street, retired after it. */
    @RegisterExtension
    final PerTestData data = new PerTestData();

    /** A station with a provincial, a city and a district deputy (listed on signs in this order) and a former one. */
    TestData.Street street;

    @BeforeEach
    void needsTheFontAndAStreet() {
        SignFontAvailable.assume();
        street = data.street().levels(DeputyLevel.COUNTY, DeputyLevel.PROVINCIAL, DeputyLevel.CITY).withFormerDeputy().create();
    }

    DeputyCard deputy(int index) {
        return directory.deputyByCode(street.deputies().get(index).code()).orElseThrow();
    }

    StationCard station() {
        return directory.stationByCode(street.stationCode()).orElseThrow();
    }

    byte[] fetch(String url, String contentType) throws Exception {
        return mvc.perform(get(url).with(Staff.as(users, street.admin()))).andExpect(status().isOk())
                .andExpect(content().contentType(contentType)).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void aDeputysPdfSignDecodesToTheirPageEmbedsItsFontAndSaysTheirName() throws Exception {
        DeputyCard provincial = deputy(1);
        byte[] pdf = fetch("/admin/signs/deputies/" + provincial.id() + "/sign.pdf", "application/pdf");
        try (PDDocument document = SignPrints.pdf(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());

            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as("%s is embedded", font.getName()).isTrue();
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2())
                        .as("TrueType font program of %s", font.getName()).isNotNull();
            });

            String text = SignPrints.text(document, 0);
            assertThat(text).contains(provincial.name(), provincial.level().label(), "扫码找代表，有事码上说", provincial.officePhone(),
                    provincial.stationName(), BASE + "/d/" + provincial.code());
            assertThat(text).contains(provincial.blocks().get(0).name());

            var result = SignPrints.decodePage(document, 0);
            assertThat(result.getText()).isEqualTo(BASE + "/d/" + provincial.code());
            assertThat(printedQrSizeMm(result, BASE + "/d/" + provincial.code(), 200)).as("QR with its quiet zone, in mm").isGreaterThan(60);
        }
    }

    @Test
    void anA5PdfIsA5AndStillScans() throws Exception {
        DeputyCard county = deputy(0);
        byte[] pdf = fetch("/admin/signs/deputies/" + county.id() + "/sign.pdf?size=a5", "application/pdf");
        try (PDDocument document = SignPrints.pdf(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A5.getWidth());
            assertThat(SignPrints.text(document, 0)).contains(county.name());
            var result = SignPrints.decodePage(document, 0);
            assertThat(result.getText()).isEqualTo(BASE + "/d/" + county.code());
            assertThat(printedQrSizeMm(result, BASE + "/d/" + county.code(), 200)).isGreaterThan(60);
        }
    }

    @Test
    void pngSignsDecodeToTheDeputysPageInBothSizes() throws Exception {
        DeputyCard city = deputy(2);
        BufferedImage a4 = SignPrints.image(fetch("/admin/signs/deputies/" + city.id() + "/sign.png", "image/png"));
        assertThat(a4.getWidth()).isEqualTo(Math.round(210 / MM_PER_INCH * 150));
        assertThat(a4.getHeight()).isEqualTo(Math.round(297 / MM_PER_INCH * 150));
        assertThat(SignPrints.decode(a4).getText()).isEqualTo(BASE + "/d/" + city.code());

        BufferedImage a5 = SignPrints.image(fetch("/admin/signs/deputies/" + city.id() + "/sign.png?size=A5", "image/png"));
        assertThat(a5.getWidth()).isEqualTo(Math.round(148 / MM_PER_INCH * 150));
        assertThat(SignPrints.decode(a5).getText()).isEqualTo(BASE + "/d/" + city.code());
    }

    @Test
    void everySignOfTheStationPrintsAsOnePdfWhoseEveryPageLeadsToItsDeputy() throws Exception {
        StationCard station = station();
        // provincial deputies first, then city, then district
        List<DeputyCard> serving = directory.deputiesOfStation(station.id(), true).stream()
                .sorted(Comparator.comparing(d -> d.level().ordinal())).toList();
        assertThat(serving.get(0).level()).isEqualTo(DeputyLevel.PROVINCIAL);
        var response = mvc.perform(get("/admin/signs/stations/" + station.id() + "/deputies.pdf")
                        .with(Staff.as(users, street.admin())))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"signs-" + station.code() + "-a4.pdf\""))
                .andReturn().getResponse();
        try (PDDocument document = SignPrints.pdf(response.getContentAsByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(serving.size());
            for (int i = 0; i < serving.size(); i++) {
                DeputyCard d = serving.get(i);
                assertThat(SignPrints.text(document, i)).as("page %d", i + 1).contains(d.name());
                assertThat(SignPrints.decodePage(document, i).getText()).as("page %d", i + 1)
                        .isEqualTo(BASE + "/d/" + d.code());
            }
            assertThat(SignPrints.text(document, 0)).doesNotContain(deputy(3).name()); // this one's term has ended
        }
    }

    @Test
    void theStationSignLeadsToTheStationsPool() throws Exception {
        StationCard station = station();
        try (PDDocument document = SignPrints.pdf(fetch("/admin/signs/stations/" + station.id() + "/sign.pdf", "application/pdf"))) {
            assertThat(SignPrints.text(document, 0)).contains(station.name(), "本站代表", deputy(1).name());
            assertThat(SignPrints.decodePage(document, 0).getText()).isEqualTo(BASE + "/s/" + station.code());
        }
        BufferedImage png = SignPrints.image(fetch("/admin/signs/stations/" + station.id() + "/sign.png?size=a5", "image/png"));
        assertThat(SignPrints.decode(png).getText()).isEqualTo(BASE + "/s/" + station.code());
    }

    @Test
    void aSignShowsTheDeputysPhotoAndFollowsTheirCodeWhenItIsReissued() throws Exception {
        DeputyCard deputy = SignPrints.newDeputy(mvc, users, directory, street.station(), street.admin());
        try (PDDocument sign = SignPrints.pdf(fetch("/admin/signs/deputies/" + deputy.id() + "/sign.pdf", "application/pdf"))) {
            assertThat(sign.getPage(0).getResources().getXObjectNames()).as("the photo").hasSize(1);
            assertThat(SignPrints.decodePage(sign, 0).getText()).isEqualTo(BASE + "/d/" + deputy.code());
        }
        mvc.perform(post("/admin/signs/deputies/" + deputy.id() + "/reissue").with(csrf()).with(Staff.as(users, street.admin())))
                .andExpect(status().is3xxRedirection());
        String newCode = directory.deputy(deputy.id()).orElseThrow().code();
        try (PDDocument sign = SignPrints.pdf(fetch("/admin/signs/deputies/" + deputy.id() + "/sign.pdf", "application/pdf"))) {
            assertThat(SignPrints.decodePage(sign, 0).getText()).isEqualTo(BASE + "/d/" + newCode);
        }
        assertThat(SignPrints.decode(SignPrints.image(fetch("/admin/signs/deputies/" + deputy.id() + "/sign.png", "image/png")))
                .getText()).isEqualTo(BASE + "/d/" + newCode);
    }

    @Test
    void badRequestsGetAClearAnswerNeverAServerError() throws Exception {
        long provincial = deputy(1).id();
        expect("/admin/signs/deputies/" + provincial + "/sign.pdf?size=a3", status().isBadRequest(), "纸张规格只能是 A4 或 A5");
        expect("/admin/signs/deputies/" + provincial + "/sign.png?size=letter", status().isBadRequest(), "纸张规格只能是 A4 或 A5");
        expect("/admin/signs/deputies/" + provincial + "/sign.gif", status().isNotFound(), "公示牌只有 PDF 和 PNG 两种格式");
        expect("/admin/signs/deputies/999999/sign.pdf", status().isNotFound(), "没有找到这位代表");
        expect("/admin/signs/deputies/abc/sign.pdf", status().isBadRequest(), "请求的参数不正确");
        expect("/admin/signs/deputies/" + deputy(3).id() + "/sign.pdf", status().isConflict(), "不在任");
        expect("/admin/signs/stations/999999/sign.pdf", status().isNotFound(), "没有找到这个联络站");
        expect("/admin/signs/stations/999999/deputies.pdf", status().isNotFound(), "没有找到这个联络站");
        expect("/admin/signs?station=999999", status().isNotFound(), "没有找到这个联络站");
        expect("/admin/signs?station=x", status().isBadRequest(), "请求的参数不正确");
    }

    @Test
    void theAdminPageListsTheStationsDeputiesWithPrintLinks() throws Exception {
        StationCard station = station();
        String page = mvc.perform(get("/admin/signs").param("station", "" + station.id()).with(Staff.as(users, street.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("公示牌与扫码统计", station.name(), deputy(1).name(), deputy(3).name(), "不在任",
                "/admin/signs/stations/" + station.id() + "/deputies.pdf?size=a4",
                "/admin/signs/stations/" + station.id() + "/deputies.pdf?size=a5",
                "/admin/signs/deputies/" + deputy(1).id() + "/sign.pdf?size=a4",
                "/admin/signs/deputies/" + deputy(1).id() + "/reissue");
        String admin = mvc.perform(get("/admin").with(Staff.as(users, street.admin()))).andReturn().getResponse().getContentAsString();
        assertThat(admin).contains("href=\"/admin/signs\"");
    }

    private void expect(String url, ResultMatcher status, String message) throws Exception {
        String body = mvc.perform(get(url).with(Staff.as(users, street.admin()))).andExpect(status)
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains(message);
    }

    /** The printed width of the code with its quiet zone, from where the reader found the finder patterns. */
    private double printedQrSizeMm(com.google.zxing.Result result, String content, float dpi) {
        var points = result.getResultPoints(); // bottom-left, top-left, top-right finder pattern centres
        double centres = Math.hypot(points[2].getX() - points[1].getX(), points[2].getY() - points[1].getY());
        int withQuietZone = qrCodes.matrix(content).getWidth();
        int modules = withQuietZone - 8;
        double modulePx = centres / (modules - 7);
        return modulePx * withQuietZone / dpi * MM_PER_INCH;
    }
}
