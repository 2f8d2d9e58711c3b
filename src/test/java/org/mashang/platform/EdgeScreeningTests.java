package org.mashang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mashang.EdgeTest;
import org.mashang.PerClassData;
import org.mashang.RawHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What no page should ever get is answered at the edge with a 4xx page and one WARN line, never a 500. */
@EdgeTest
@ExtendWith(OutputCaptureExtension.class)
class EdgeScreeningTests {

    @RegisterExtension
    static final PerClassData data = new PerClassData();

    static String stationPage() {
        return "/s/" + data.street().stationCode();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    RawHttp http() {
        return new RawHttp("http://localhost:" + port);
    }

    long cases() {
        return jdbc.sql("select count(*) from cases").query(Long.class).single();
    }

    @Test
    void aNulInAQueryValueIsRefusedWith400() throws IOException {
        for (String target : new String[]{"/track?ticket=a%00b&code=1", "/cases?page=%00", "/stats?year=%01", "/verify?phone=%7F"}) {
            RawHttp.Response r = http().get(target);
            assertThat(r.status()).as(target).isEqualTo(400);
            assertThat(r.body()).contains("不允许的控制字符");
        }
    }

    @Test
    void aNulInAFormIsRefusedBeforeItReachesTheDatabase() throws IOException {
        RawHttp http = http();
        String csrf = RawHttp.enc(RawHttp.csrf(http.get(stationPage())));
        long before = cases();
        RawHttp.Response r = http.post(stationPage(), "_csrf=" + csrf + "&text=a%00b&categoryId=1&publicChoice=true&submissionKey="
                + UUID.randomUUID());
        assertThat(r.status()).isEqualTo(400);
        assertThat(http.post("/track/evaluate", "_csrf=" + csrf + "&ticket=%00&code=%00").status()).isEqualTo(400);
        assertThat(http.post("/login", "_csrf=" + csrf + "&username=ad%00min&password=x").status()).isEqualTo(400);
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void aMalformedEscapeIsA400LoggedOnOneLine(CapturedOutput output) throws IOException {
        RawHttp.Response r = http().get("/cases?page=%zz");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("无法识别");
        String log = output.getOut();
        assertThat(log).contains("WARN").contains("400 GET /cases from");
        assertThat(log).doesNotContain("ERROR").doesNotContain("\tat org.apache");
    }

    @Test
    void aSessionCookieThatIsNotOursIsTreatedAsNoSession() throws IOException {
        String binary = Base64.getEncoder().encodeToString(new byte[]{0, 1, 2, (byte) 0xFF, (byte) 0xFE});
        for (String cookie : new String[]{binary, "garbage", "%00", "x".repeat(3000)}) {
            for (String path : new String[]{"/", "/cases", data.street().deputyPage(), "/track"}) {
                RawHttp.Response r = http().send("GET", path, Map.of("Cookie", "SESSION=" + cookie), null);
                assertThat(r.status()).as("%s with SESSION=%s", path, cookie).isEqualTo(200);
            }
            assertThat(http().send("GET", "/staff", Map.of("Cookie", "SESSION=" + cookie), null).status()).isEqualTo(302);
        }
    }

    @Test
    void aTextFieldOverTheFormLimitGetsTheMessageFormAgainWith413() throws IOException {
        RawHttp http = http();
        String csrf = RawHttp.csrf(http.get(stationPage()));
        String boundary = "----edge" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        for (String[] field : new String[][]{{"_csrf", csrf}, {"text", "长".repeat(1_100_000)}, {"publicChoice", "true"}}) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
                    .append("\"\r\n\r\n").append(field[1]).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        long before = cases();
        RawHttp.Response r = http.send("POST", stationPage(), Map.of("Content-Type", "multipart/form-data; boundary=" + boundary),
                body.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.body()).contains("id=\"message-form\"").contains("id=\"photo-problem\"").contains("提交的内容太大");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws IOException {
        for (String target : new String[]{"/", data.street().deputyPage(), "/cases", "/css/app.css", "/cases?page=%zz", "/track?code=%00"}) {
            RawHttp.Response r = http().get(target);
            String csp = r.header("Content-Security-Policy");
            assertThat(csp).as(target).contains("script-src 'self';").contains("frame-ancestors 'self'").contains("object-src 'none'");
            assertThat(csp.replaceAll("style-src[^;]*;", "")).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(r.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(r.header("Permissions-Policy")).contains("camera=()").contains("geolocation=()");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }
}
