package org.mashang.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.UserFacingException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the static files under their hashed names with a year of immutable caching, and under their plain names
 * (bookmarks, old pages) to be checked again each time. Text files go out gzip-compressed when the browser accepts it,
 * compressed once when first read.
 */
@Controller
@RequiredArgsConstructor
class StaticAssetController {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    private final StaticAssets assets;

    @GetMapping({"/css/**", "/js/**", "/img/**", "/webjars/**"})
    void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        StaticAssets.Found found = assets.forRequest(path).orElseThrow(() -> UserFacingException.notFound("没有这个文件"));
        StaticAssets.Asset asset = found.asset();
        String etag = "\"" + asset.hash() + "\"";
        response.setHeader(HttpHeaders.CACHE_CONTROL, found.current() ? IMMUTABLE : REVALIDATE);
        response.setHeader(HttpHeaders.ETAG, etag);
        if (etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(asset.contentType());
        byte[] body = asset.content();
        if (asset.gzip() != null) {
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            if (Gzip.accepted(request)) {
                response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
                body = asset.gzip();
            }
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
