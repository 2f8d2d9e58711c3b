package org.mashang.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.mashang.platform.AsGet;
import org.mashang.platform.UploadProblem;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first look at every request, before sessions, security and the application: what no page should ever get is
 * answered here, with a 4xx page and one WARN line. NUL and other control characters in a parameter (they would
 * reach PostgreSQL, which refuses them) are refused with 400; a parameter that does not decode (a malformed percent
 * escape) with 400; a form over the size limits with 413 — on a resident's message page, the form comes again with
 * the message next to the photo field, never a bare error page. A session cookie that is not one this application
 * issued is dropped, so the request is served as one without a session.
 */
@RequiredArgsConstructor
class RequestScreening extends OncePerRequestFilter {

    private static final Pattern RESIDENT_FORM = Pattern.compile("/[ds]/[^/]+");
    private static final Pattern SESSION_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final String sessionCookie;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest screened = withoutForeignSessionCookie(request);
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException e) {
            int status = e instanceof InvalidParameterException invalid && invalid.getErrorCode() > 0 ? invalid.getErrorCode()
                    : tooLarge(e) ? 413 : 400;
            ClientErrors.warn(request, status, e.getClass().getSimpleName() + ": " + e.getMessage());
            if (status == 413 && "POST".equals(request.getMethod())
                    && RESIDENT_FORM.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()) {
                showFormAgain(screened, response, chain);
            } else if (status == 413) {
                PlainPage.write(request, response, 413, "上传内容太大", "提交的内容太大：每张照片不能超过 20 MB，文字请精简。请返回上一页重试。");
            } else {
                PlainPage.write(request, response, 400, "请求有误", "请求中有无法识别的内容，请返回上一页重试。");
            }
            return;
        }
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            if (hasControlCharacter(p.getKey()) || Arrays.stream(p.getValue()).anyMatch(RequestScreening::hasControlCharacter)) {
                ClientErrors.warn(request, 400, "control character in parameter " + p.getKey());
                PlainPage.write(request, response, 400, "请求有误", "提交的内容中有不允许的控制字符（如 NUL），请删去后重试。");
                return;
            }
        }
        chain.doFilter(screened, response);
    }

    /** C0 controls except tab, line feed and carriage return; DEL; C1 controls. */
    static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return true;
            }
        }
        return false;
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage());
            if (name.contains("SizeLimit") || name.equals("SizeException") || message.contains("maxPostSize")) {
                return true;
            }
        }
        return false;
    }

    /** The message page, as if asked for with GET, with a 413 and the reason next to the photo field. */
    private static void showFormAgain(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setAttribute(UploadProblem.ATTRIBUTE, "提交的内容太大：每张照片不能超过 20 MB。请重新选择照片后再提交。");
        response.setStatus(413);
        chain.doFilter(new AsGet(request), response);
    }

    private HttpServletRequest withoutForeignSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null || Arrays.stream(cookies).allMatch(c -> !c.getName().equals(sessionCookie) || isOurs(c.getValue()))) {
            return request;
        }
        ClientErrors.warn(request, 200, "session cookie not issued here, served without a session");
        Cookie[] kept = Arrays.stream(cookies).filter(c -> !c.getName().equals(sessionCookie) || isOurs(c.getValue()))
                .toArray(Cookie[]::new);
        return new HttpServletRequestWrapper(request) {
            @Override
            public Cookie[] getCookies() {
                return kept.length == 0 ? null : kept;
            }
        };
    }

    /** Spring Session writes the session id, a UUID, in Base64. */
    private static boolean isOurs(String value) {
        try {
            return SESSION_ID.matcher(new String(Base64.getDecoder().decode(value), StandardCharsets.ISO_8859_1)).matches();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
