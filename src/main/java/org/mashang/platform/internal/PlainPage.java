package org.mashang.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.mashang.platform.SecurityHeaders;
import org.springframework.web.util.HtmlUtils;

/**
 * A short page in Chinese written straight to the response, for answers given before the application proper runs
 * (a malformed request, the database unreachable): it needs no session, no template engine and no database.
 */
final class PlainPage {

    private PlainPage() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String message)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        SecurityHeaders.write(response);
        String home = request.getContextPath() + "/";
        String html = """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · 码上找代表</title><link rel="stylesheet" href="%scss/app.css"></head>
                <body><header class="site-header"><a class="brand" href="%s">码上找代表</a></header>
                <main class="narrow"><h1>%s</h1><p class="error-message">%s</p><p><a href="%s">返回首页</a></p></main>
                </body></html>
                """.formatted(HtmlUtils.htmlEscape(title), home, home, HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(message), home);
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
