package org.mashang.accounts.internal;

import org.mashang.accounts.Role;
import org.mashang.platform.PerThreadSecureRandom;
import org.mashang.platform.SecurityHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;

/**
 * Who may open what. Public pages are listed one by one; anything not listed needs a sign-in,
 * and each workbench needs its role.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] PUBLIC = {
            "/", "/d/**", "/s/**", "/track", "/track/**", "/find", "/find/**", "/privacy", "/prefs", "/verify", "/verify/**", "/wechat/**", "/my", "/my/**", "/cases", "/cases/**", "/proposals", "/proposals/**", "/deputies/**", "/stations/**", "/stats/**",
            "/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
            "/actuator/health", "/actuator/health/**", "/actuator/info"};

    /** Machine APIs: open to all, a post authenticated by its api_key, so no session and no CSRF token. */
    static final String[] KEY_API = {"/open311/v2/**"};

    /** The public read-only JSON API and its documentation (OpenAPI description and Swagger UI, served locally). */
    static final String[] PUBLIC_API = {"/api/v1/**", "/api/openapi.json", "/api/openapi.json.yaml", "/api/openapi.json/**", "/api/docs", "/api/docs/**",
            "/api/swagger-ui/**"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginLimits loginLimits, CsrfTokenRepository csrfTokenRepository,
                                            CsrfTokenRequestHandler csrfTokenRequestHandler, ManagementPort managementPort)
            throws Exception {
        http.addFilterBefore(new LoginThrottle(loginLimits), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers(KEY_API).permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_API).permitAll()
                        // the scraper on the internal management port, when there is one; elsewhere for administrators
                        .requestMatchers(new AndRequestMatcher(managementPort,
                                PathPatternRequestMatcher.withDefaults().matcher("/actuator/prometheus"))).permitAll()
                        .requestMatchers("/admin/**", "/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/review/**").hasRole(Role.REVIEWER.name())
                        .requestMatchers("/dispatch/**").hasRole(Role.DISPATCHER.name())
                        .requestMatchers("/deputy/**").hasRole(Role.DEPUTY.name())
                        .requestMatchers("/department/**").hasRole(Role.DEPARTMENT.name())
                        .requestMatchers("/dashboard", "/dashboard/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.REVIEWER.name(), Role.DISPATCHER.name())
                        .requestMatchers("/intake/**", "/intake")
                        .hasAnyRole(Role.REVIEWER.name(), Role.DISPATCHER.name(), Role.DEPUTY.name())
                        // reception days: the committee changes schedules and reads deputies' records; deputies record too
                        .requestMatchers("/receptions/stations/*/schedule/**", "/receptions/deputies/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.REVIEWER.name(), Role.DISPATCHER.name())
                        .requestMatchers("/receptions", "/receptions/**", "/activities", "/activities/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.REVIEWER.name(), Role.DISPATCHER.name(), Role.DEPUTY.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/staff", true).failureUrl("/login?error"))
                .logout(logout -> logout.logoutSuccessUrl("/"))
                // The token lives in a cookie so anonymous residents filling a form do not need a server session.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokenRepository).csrfTokenRequestHandler(csrfTokenRequestHandler)
                        .ignoringRequestMatchers(KEY_API))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY)));
        return http.build();
    }

    /**
     * Beans, not built inside the chain: a public page kept in memory gets each visitor's token from the same
     * repository and handler (platform's PageCacheFilter).
     */
    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return new VisitorCsrfTokens();
    }

    @Bean
    CsrfTokenRequestHandler csrfTokenRequestHandler() {
        XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
        // each request masks its token with fresh random bytes; one shared generator made them queue
        handler.setSecureRandom(new PerThreadSecureRandom());
        return handler;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
