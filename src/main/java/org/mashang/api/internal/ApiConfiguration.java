package org.mashang.api.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The public API's edge: ETags on every answer, a per-address limit, and its OpenAPI description. */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class ApiConfiguration implements WebMvcConfigurer {

    static final String PATHS = "/api/v1/*";

    private final ApiReadLimit limit;

    /** An answer that has not changed is a 304 without a body: apps on slow phones revalidate cheaply. */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(PATHS, "/api/v1/*/*", "/api/v1/*/*/*");
        registration.setName("apiEtags");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(limit).addPathPatterns("/api/v1/**");
    }

    @Bean
    OpenAPI mashangOpenApi() {
        return new OpenAPI().info(new Info().title("码上找代表 公开接口").version("v1")
                .description("只读、公开的数据：联络站、代表名片、谁是我的代表、接待日、公开的留言及其办理过程、公开统计。"
                        + "所有回答带 ETag，可用 If-None-Match 重新验证；每个地址每分钟有查询上限（429）。错误为 application/problem+json。"));
    }
}
