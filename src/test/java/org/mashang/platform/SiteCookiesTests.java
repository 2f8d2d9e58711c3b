package org.mashang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.springframework.mock.web.MockHttpServletRequest;

/** The site's cookies on a visitor's device: whole site, no scripts, HTTPS when the visit is, SameSite=Lax. */
@UnitTest
class SiteCookiesTests {

    @Test
    void aCookieIsForTheWholeSiteAndOutOfScriptsReach() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSecure(true);
        Cookie cookie = SiteCookies.of(request, "mashang_lang", "en", SiteCookies.ONE_YEAR);
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getMaxAge()).isEqualTo(365 * 24 * 3600);
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSecure()).isTrue();
        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
        assertThat(SiteCookies.of(new MockHttpServletRequest(), "mashang_lang", "", 0).getSecure()).isFalse();
    }

    @Test
    void valuesAreReadByNameInTheOrderSent() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        assertThat(SiteCookies.values(request, "mashang_elder")).isEmpty();
        request.setCookies(new Cookie("other", "x"), new Cookie("mashang_elder", ""), new Cookie("mashang_elder", "1"));
        assertThat(SiteCookies.values(request, "mashang_elder")).containsExactly("", "1");
    }
}
