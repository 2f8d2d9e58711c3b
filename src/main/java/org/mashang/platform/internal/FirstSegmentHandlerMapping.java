package org.mashang.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC finds the handler of a path with variables ({@code /d/{code}}) by trying each of the application's few
 * hundred mappings in turn; that was a tenth of the time of leaving a message, and skipping the others one by one
 * still cost most of it. This mapping keeps, per literal first segment, the few mappings a request under it can match
 * ({@code /d/…}: those whose paths start with {@code /d/}, and those that start with a variable or a wildcard) and
 * chooses among them as Spring does, by its own order of specificity. Anything unusual is left to Spring's own
 * look-up over all mappings: no match (its 404, 405, 406 answers), two equally good matches (its error), a CORS
 * pre-flight.
 */
class FirstSegmentHandlerMapping extends RequestMappingHandlerMapping {

    /** A mapping with a path that starts with a variable or a wildcard (or with no path): tried for every request. */
    private static final Set<String> ANY = Set.of();

    /** Built at the first look-up, when every controller is registered; dropped when a mapping is added or removed. */
    private volatile Index index;

    private record Candidate(RequestMappingInfo info, HandlerMethod handler) {
    }

    /** The candidates for each literal first segment (with those tried for every request), and those for the rest. */
    private record Index(Map<String, List<Candidate>> bySegment, List<Candidate> any) {

        List<Candidate> under(String segment) {
            return bySegment.getOrDefault(segment, any);
        }
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        if (CorsUtils.isPreFlightRequest(request)) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        RequestMappingInfo best = null;
        HandlerMethod bestHandler = null;
        boolean tied = false;
        Comparator<RequestMappingInfo> order = null;
        for (Candidate candidate : index().under(firstSegment(lookupPath))) {
            RequestMappingInfo match = getMatchingMapping(candidate.info(), request);
            if (match == null) {
                continue;
            }
            if (best == null) {
                best = match;
                bestHandler = candidate.handler();
                continue;
            }
            if (order == null) {
                order = getMappingComparator(request);
            }
            int compared = order.compare(match, best);
            if (compared < 0) {
                best = match;
                bestHandler = candidate.handler();
                tied = false;
            } else if (compared == 0) {
                tied = true;
            }
        }
        if (best == null || tied) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, bestHandler);
        handleMatch(best, lookupPath, request);
        return bestHandler;
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        index = null;
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        index = null;
    }

    private Index index() {
        Index built = index;
        if (built == null) {
            built = build(getHandlerMethods());
            index = built;
        }
        return built;
    }

    private static Index build(Map<RequestMappingInfo, HandlerMethod> mappings) {
        Map<String, List<Candidate>> bySegment = new HashMap<>();
        List<Candidate> any = new ArrayList<>();
        mappings.forEach((info, handler) -> {
            Set<String> literals = literalFirstSegments(info);
            if (literals == ANY) {
                any.add(new Candidate(info, handler));
            }
            literals.forEach(segment -> bySegment.computeIfAbsent(segment, s -> new ArrayList<>()).add(new Candidate(info, handler)));
        });
        Map<String, List<Candidate>> withAny = new HashMap<>();
        bySegment.forEach((segment, candidates) -> {
            List<Candidate> all = new ArrayList<>(candidates);
            all.addAll(any);
            withAny.put(segment, List.copyOf(all));
        });
        return new Index(Map.copyOf(withAny), List.copyOf(any));
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
