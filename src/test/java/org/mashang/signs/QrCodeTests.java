package org.mashang.signs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerClassData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class QrCodeTests {

    @Autowired
    MockMvc mvc;

    @RegisterExtension
    static final PerClassData data = new PerClassData();

    @Test
    void aDeputysPngCodeDecodesToTheAbsoluteUrlOfTheirPage() throws Exception {
        byte[] png = mvc.perform(get(data.street().deputyPage() + "/qr.png")).andExpect(status().isOk())
                .andExpect(content().contentType("image/png")).andReturn().getResponse().getContentAsByteArray();
        assertThat(decode(png)).isEqualTo("http://localhost:8080" + data.street().deputyPage());
    }

    @Test
    void aStationsCodeLeadsToItsPool() throws Exception {
        byte[] png = mvc.perform(get("/s/" + data.street().stationCode() + "/qr.png")).andReturn().getResponse().getContentAsByteArray();
        assertThat(decode(png)).isEqualTo("http://localhost:8080/s/" + data.street().stationCode());
    }

    @Test
    void theSvgCodeIsAVectorImage() throws Exception {
        String svg = mvc.perform(get(data.street().deputyPage() + "/qr.svg")).andExpect(status().isOk())
                .andExpect(content().contentType("image/svg+xml")).andReturn().getResponse().getContentAsString();
        assertThat(svg).startsWith("<?xml").contains("<svg").contains("<path");
    }

    @Test
    void anUnknownCodeHasNoImage() throws Exception {
        mvc.perform(get("/d/nosuch/qr.png")).andExpect(status().isNotFound());
        mvc.perform(get("/d/nosuch/qr.svg")).andExpect(status().isNotFound());
    }

    @Test
    void aUrlWhoseFirstMaskDoesNotReadStillGetsAReadableCode() throws Exception {
        // ZXing's encoder picks mask 0 for this URL, which its own reader cannot read (checked when this was written)
        String url = "http://localhost:8080/d/yqnty7tu";
        assertThat(decode(new org.mashang.signs.internal.QrCodes().png(url, 8))).isEqualTo(url);
    }

    static String decode(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
