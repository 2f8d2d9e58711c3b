package org.mashang.platform.internal;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The filters at the public edge, in front of sessions (Spring Session) and Spring Security. */
@Configuration(proxyBeanMethods = false)
class EdgeConfiguration {

    /** After the character-encoding filter (parameters must be read as UTF-8), before the session filter. */
    static final int SCREENING_ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    @Bean
    FilterRegistrationBean<RequestScreening> requestScreening(@Value("${server.servlet.session.cookie.name:SESSION}") String cookie) {
        FilterRegistrationBean<RequestScreening> registration = new FilterRegistrationBean<>(new RequestScreening(cookie));
        registration.setOrder(SCREENING_ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
