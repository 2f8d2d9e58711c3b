package org.mashang.signs.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicBaseUrl    the address residents reach the site at, printed into every QR code
 *                         (env MASHANG_PUBLIC_BASE_URL)
 * @param oldCodeGraceDays how many days a deputy's replaced code keeps leading to their page
 * @param fontFile         a TrueType font file (.ttf or .ttc) with Chinese glyphs for printed signs; empty: the
 *                         first of {@link SignFont#CANDIDATES} that is installed
 */
@ConfigurationProperties("mashang.signs")
public record SignProperties(@DefaultValue("http://localhost:8080") String publicBaseUrl,
                             @DefaultValue("180") int oldCodeGraceDays,
                             @DefaultValue("") String fontFile) {

    public String url(String path) {
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return base + path;
    }

    public String deputyUrl(String code) {
        return url("/d/" + code);
    }

    public String stationUrl(String code) {
        return url("/s/" + code);
    }
}
