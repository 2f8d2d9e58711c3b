package org.mashang.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC finds the handler of a path with variables ({@code /d/{code}}) by trying each of the application's few
 * hundred mappings in turn, every condition of each; that was a tenth of the time of leaving a message. This mapping
 * first skips, with one look-up, the mappings whose paths all start with another literal segment ({@code /admin/…}
 * for {@code /d/wl01}); the others are tried as before. A request that matches nothing is answered as before (404 or
 * 405), from all mappings.
 */
class FirstSegmentHandlerMapping extends RequestMappingHandlerMapping {

    /** A mapping with a path that starts with a variable or a wildcard (or with no path): tried for every request. */
    private static final Set<String> ANY = Set.of();
    private static final ThreadLocal<String> REQUESTED = new ThreadLocal<>();

    private final ConcurrentHashMap<RequestMappingInfo, Set<String>> firstSegments = new ConcurrentHashMap<>();

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        firstSegments.put(mapping, literalFirstSegments(mapping));
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        REQUESTED.set(firstSegment(lookupPath));
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            REQUESTED.remove();
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String requested = REQUESTED.get();
        Set<String> literals = firstSegments.getOrDefault(info, ANY);
        if (requested != null && literals != ANY && !literals.contains(requested)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    static Set<String> literalFirstSegments(RequestMappingInfo info) {
        Set<String> patterns = info.getPatternValues();
        if (patterns.isEmpty()) {
            return ANY;
        }
        Set<String> literals = new HashSet<>();
        for (String pattern : patterns) {
            if (pattern.isEmpty()) {
                return ANY;
            }
            String first = firstSegment(pattern);
            if (first.indexOf('{') >= 0 || first.indexOf('*') >= 0 || first.indexOf('?') >= 0) {
                return ANY;
            }
            literals.add(first);
        }
        return Set.copyOf(literals);
    }

    static String firstSegment(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.indexOf('/', start);
        return end < 0 ? path.substring(start) : path.substring(start, end);
    }
}
