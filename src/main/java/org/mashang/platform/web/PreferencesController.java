package org.mashang.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.SiteCookies;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The switches at the top of every resident page: 长辈版 (elder mode) and the language. Plain links, so they work
 * without JavaScript; the choice is kept in a cookie on the device, and the resident goes back to the page they were on.
 */
@Controller
@RequiredArgsConstructor
class PreferencesController {

    static final String ELDER_COOKIE = "mashang_elder";

    private final LocaleResolver locales;

    @GetMapping("/prefs")
    String set(@RequestParam(required = false) String elder, @RequestParam(required = false) String lang,
               @RequestParam(required = false) String back, HttpServletRequest request, HttpServletResponse response) {
        if (elder != null) {
            response.addCookie(SiteCookies.of(request, ELDER_COOKIE, "on".equals(elder) ? "1" : "0", SiteCookies.ONE_YEAR));
        }
        if (lang != null) {
            locales.setLocale(request, response, Locale.forLanguageTag(lang));
        }
        return "redirect:" + local(back);
    }

    /** Only a path on this site: never another site (an open redirect). */
    static String local(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\") || back.contains("\r")
                || back.contains("\n")) {
            return "/";
        }
        return back;
    }
}
