package org.mashang.platform.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mashang.platform.PublicPages;

/** Which paths the modules declared as public pages ({@link PublicPages}), matched segment by segment. */
final class PageRules {

    record Rule(String[] segments, boolean withQuery) {
    }

    private final List<Rule> rules = new ArrayList<>();

    PageRules(List<PublicPages> declared) {
        for (PublicPages pages : declared) {
            pages.paths().forEach(p -> rules.add(new Rule(p.split("/", -1), false)));
            pages.pathsWithQuery().forEach(p -> rules.add(new Rule(p.split("/", -1), true)));
        }
    }

    /** The rule the path falls under, or null. */
    @Nullable Rule match(String path) {
        String[] segments = path.split("/", -1);
        for (Rule rule : rules) {
            if (matches(rule.segments(), segments)) {
                return rule;
            }
        }
        return null;
    }

    /** {@code *} stands for one segment, not empty. */
    private static boolean matches(String[] pattern, String[] segments) {
        if (pattern.length != segments.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].equals("*") ? segments[i].isEmpty() : !pattern[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }
}
