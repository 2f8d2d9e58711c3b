package org.mashang.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.RateLimits;
import org.mashang.platform.TooManyRequests;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/** Anyone may read, so reading is limited per address; every answer may be cached for a short while. */
@Component
@RequiredArgsConstructor
class ApiReadLimit implements HandlerInterceptor {

    private final RateLimits limits;
    private final ApiProperties properties;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        try {
            limits.take("api-read", request.getRemoteAddr(), properties.readsPerMinute(), Duration.ofMinutes(1),
                    "查询太频繁：每个地址每分钟最多 " + properties.readsPerMinute() + " 次，请 {wait}后再试");
        } catch (TooManyRequests e) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
            ApiProblems.write(response, 429, "请求太多", e.getMessage());
            return false;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + properties.maxAgeSeconds());
        return true;
    }
}
