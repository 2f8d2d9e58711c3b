package org.mashang.platform.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Static files under hashed names, linked from templates through an in-memory look-up; no metrics of each security
 * filter on each request (a tenth of the time of a page), the request metrics stay.
 */
@Configuration(proxyBeanMethods = false)
class WebPerformanceConfiguration {

    @Bean
    static AssetLinkBuilder.Installer assetLinkBuilderInstaller(ObjectProvider<StaticAssets> assets) {
        return new AssetLinkBuilder.Installer(assets);
    }

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
