package org.mashang.cases.internal;

import java.util.HashSet;
import java.util.Set;

/** How alike two short Chinese texts are: overlap of their two-character pieces (Jaccard on bigrams). */
final class Similarity {

    private Similarity() {
    }

    static double of(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return (double) both.size() / (x.size() + y.size() - both.size());
    }

    private static Set<String> bigrams(String text) {
        Set<String> grams = new HashSet<>();
        String t = text == null ? "" : text.replaceAll("[\\s\\p{Punct}，。！？、；：“”‘’（）《》]", "");
        for (int i = 0; i + 2 <= t.length(); i++) {
            grams.add(t.substring(i, i + 2));
        }
        return grams;
    }
}
