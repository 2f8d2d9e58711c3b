package org.mashang.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who runs the site, for the footer and the privacy notice (what a resident must be told under PIPL).
 *
 * @param organiser     主办单位, e.g. the street's people's congress working committee
 * @param contact       how to reach the organiser (phone or address), also for questions about personal data
 * @param organiserEn   the organiser's name in English; empty: the Chinese name
 * @param retentionYears how long messages and contact details are kept, as the privacy notice says
 * @param publicBaseUrl  the address residents reach the site at (links shared in chat apps, Open Graph images)
 */
@ConfigurationProperties("mashang.site")
public record SiteProperties(@DefaultValue("万楼街道人大工委（示例）") String organiser,
                             @DefaultValue("0731-58880100（示例）") String contact,
                             @DefaultValue("") String organiserEn,
                             @DefaultValue("3") int retentionYears,
                             @DefaultValue("http://localhost:8080") String publicBaseUrl) {

    /** An absolute address of a path on this site. */
    public String absolute(String path) {
        return publicBaseUrl.replaceAll("/+$", "") + path;
    }

    public String organiserIn(String language) {
        return "en".equals(language) && !organiserEn.isBlank() ? organiserEn : organiser;
    }
}
