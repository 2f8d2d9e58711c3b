package org.mashang.platform.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

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

    /** Controllers' mappings looked up by their first path segment first (see {@link FirstSegmentHandlerMapping}). */
    @Bean
    WebMvcRegistrations firstSegmentHandlerMapping() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new FirstSegmentHandlerMapping();
            }
        };
    }

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
