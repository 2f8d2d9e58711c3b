package org.mashang.signs.web;

import java.time.Duration;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.Directory;
import org.mashang.platform.PublicPages;
import org.mashang.platform.UserFacingException;
import org.springframework.context.annotation.Bean;
import org.mashang.signs.internal.QrCodes;
import org.mashang.signs.internal.SignProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** QR code images of a deputy's or a station's page, for signs and for sharing. */
@Controller
@RequiredArgsConstructor
class QrController {

    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private final Directory directory;
    private final QrCodes qr;
    private final SignProperties properties;

    /** QR images depend on the code only. */
    @Bean
    static PublicPages qrPages() {
        return PublicPages.of("/d/*/qr.png", "/d/*/qr.svg", "/s/*/qr.png", "/s/*/qr.svg");
    }

    @GetMapping("/d/{code}/qr.png")
    ResponseEntity<byte[]> deputyPng(@PathVariable String code) {
        return png(deputyUrl(code));
    }

    @GetMapping("/d/{code}/qr.svg")
    ResponseEntity<String> deputySvg(@PathVariable String code) {
        return svg(deputyUrl(code));
    }

    @GetMapping("/s/{code}/qr.png")
    ResponseEntity<byte[]> stationPng(@PathVariable String code) {
        return png(stationUrl(code));
    }

    @GetMapping("/s/{code}/qr.svg")
    ResponseEntity<String> stationSvg(@PathVariable String code) {
        return svg(stationUrl(code));
    }

    private String deputyUrl(String code) {
        var deputy = directory.deputyByCode(code).orElseThrow(() -> UserFacingException.notFound("没有找到这位代表"));
        return properties.deputyUrl(deputy.code());
    }

    private String stationUrl(String code) {
        var station = directory.stationByCode(code).orElseThrow(() -> UserFacingException.notFound("没有找到这个联络站"));
        return properties.stationUrl(station.code());
    }

    private ResponseEntity<byte[]> png(String url) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
                .body(qr.png(url, 10));
    }

    private ResponseEntity<String> svg(String url) {
        return ResponseEntity.ok().contentType(SVG).cacheControl(CacheControl.maxAge(Duration.ofDays(1))).body(qr.svg(url));
    }
}
