package org.mashang.signs.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicBaseUrl the address residents reach the site at, printed into every QR code
 *                      (env MASHANG_PUBLIC_BASE_URL)
 */
@ConfigurationProperties("mashang.signs")
public record SignProperties(@DefaultValue("http://localhost:8080") String publicBaseUrl) {

    public String url(String path) {
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return base + path;
    }
}
