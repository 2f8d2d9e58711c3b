package org.mashang.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.mashang.platform.SiteCookies;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Resident pages speak Chinese (the default) or English: the language the resident chose with the switch (kept in a
 * cookie), else the first of the browser's languages (Accept-Language) that we have, else Chinese. No session.
 */
class ResidentLocaleResolver implements LocaleResolver {

    static final String COOKIE = "mashang_lang";
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);
    private static final String CHOSEN = ResidentLocaleResolver.class.getName() + ".chosen";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        // chosen during this very request (?lang=en): its cookie only comes back with the next one
        if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
            return chosen;
        }
        var kept = SiteCookies.values(request, COOKIE).findFirst();
        if (kept.isPresent()) {
            return supported(kept.get());
        }
        if (request.getHeader("Accept-Language") == null) {
            return CHINESE;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            if (wanted.getLanguage().equals("zh")) {
                return CHINESE;
            }
            if (wanted.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return CHINESE;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = locale == null ? CHINESE : supported(locale.toLanguageTag());
        request.setAttribute(CHOSEN, chosen);
        response.addCookie(SiteCookies.of(request, COOKIE, chosen.toLanguageTag(), SiteCookies.ONE_YEAR));
    }

    /** "en", "en-US" … give English; anything else Chinese. */
    static Locale supported(String tag) {
        return tag != null && (tag.equals("en") || tag.startsWith("en-") || tag.startsWith("en_")) ? Locale.ENGLISH : CHINESE;
    }
}
