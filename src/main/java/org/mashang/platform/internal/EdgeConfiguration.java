package org.mashang.platform.internal;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The filters at the public edge, in front of sessions (Spring Session) and Spring Security, and the DataSource
 * guarded for requests.
 */
@Configuration(proxyBeanMethods = false)
class EdgeConfiguration {

    /**
     * After the kept public pages, which need no database (a resident who scans a sign while it is gone still gets the
     * deputy's page, as last kept), before the session filter, which would need it.
     */
    static final int OUTAGE_ORDER = PageCacheFilter.ORDER + 5;
    /** After the character-encoding filter (parameters must be read as UTF-8), before the session filter. */
    static final int SCREENING_ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutage(DatabaseProbe probe) {
        FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(new DatabaseOutageFilter(probe));
        registration.setOrder(OUTAGE_ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** Whatever DataSource the application runs on (embedded or external) is guarded for requests. */
    @Bean
    static BeanPostProcessor guardedDataSource(@Value("${mashang.database.web-statement-timeout:10s}") Duration statementTimeout) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds && !(bean instanceof GuardedDataSource)
                        && !(bean instanceof ReadReplicaConfiguration.ReplicatedDataSource) && name.equals("dataSource")
                        ? new GuardedDataSource(ds, statementTimeout) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<RequestScreening> requestScreening(@Value("${server.servlet.session.cookie.name:SESSION}") String cookie) {
        FilterRegistrationBean<RequestScreening> registration = new FilterRegistrationBean<>(new RequestScreening(cookie));
        registration.setOrder(SCREENING_ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
