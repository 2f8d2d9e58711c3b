package org.mashang.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.mashang.platform.SiteProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the owner for the footer, elder mode (长辈版, a cookie), the language, and the
 * page's own address for the switches to come back to. Reads cookies only: no session.
 */
@ControllerAdvice
class SiteAdvice {

    static final String ELDER_COOKIE = "mashang_elder";

    private final SiteProperties site;

    SiteAdvice(SiteProperties site) {
        this.site = site;
    }

    @ModelAttribute("site")
    SiteProperties site() {
        return site;
    }

    @ModelAttribute("elder")
    boolean elder(@CookieValue(name = ELDER_COOKIE, required = false) String elder) {
        return "1".equals(elder);
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh-CN";
    }

    /** The path of the page shown (for GET, with its query less any lang=), where the switches lead back to. */
    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        if ("GET".equals(request.getMethod()) && query != null) {
            String kept = String.join("&", java.util.Arrays.stream(query.split("&")).filter(p -> !p.startsWith("lang=")).toList());
            return kept.isEmpty() ? path : path + "?" + kept;
        }
        return path;
    }
}
