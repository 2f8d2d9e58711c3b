package org.mashang.cases;

import jakarta.servlet.http.Cookie;
import org.mashang.cases.internal.Receipt;
import org.mashang.cases.web.ReceiptCookies;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.support.WebApplicationContextUtils;

/** The receipt a resident's message carries to the receipt page, read from its sealed cookie. */
public final class Receipts {

    public static final String COOKIE = "mashang-receipt";

    private Receipts() {
    }

    /** @return the receipt, or null when the answer set none (the form was refused) */
    public static Receipt of(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie(COOKIE);
        if (cookie == null) {
            return null;
        }
        ReceiptCookies cookies = WebApplicationContextUtils.getRequiredWebApplicationContext(result.getRequest().getServletContext())
                .getBean(ReceiptCookies.class);
        return cookies.open(cookie.getValue()).orElse(null);
    }
}
