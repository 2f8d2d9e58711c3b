package org.mashang.cases.internal;

/**
 * How a search for words reads the cases when the newest ones did not fill a page. The newest cases just read are a
 * sample of the table: how many of them have the words' bigrams tells how common the words are, how many are in the scope
 * and pass the filters tells how much of the table those cover. Each plan's cost is counted in cases read, and the
 * cheapest is taken. The planner cannot make this choice itself: it takes a word's bigrams for independent, so it finds
 * common words rare, and it does not know how the scope and the words go together.
 */
enum SearchPlan {

    /** Every case having the words' bigrams (from the index), in the scope and filters, then sorted: rare words. */
    BIGRAMS,
    /** Down the newest-first index until a page is full: common words in a scope or filters that cover much of the table. */
    WALK,
    /** The scope's cases that pass the filters (from their indexes), newest first, then the words: narrow scope or filters. */
    SCOPE;

    /**
     * What the sample showed.
     *
     * @param read   cases in the sample (the newest after the cursor)
     * @param words  of them, those having every bigram of the words
     * @param scoped of them, those in the scope that pass the filters
     * @param total  about how many cases the table holds
     */
    record Sample(long read, long words, long scoped, long total) {

        double wordShare() {
            return read == 0 ? 0 : (double) words / read;
        }

        double scopeShare() {
            return read == 0 ? 0 : (double) scoped / read;
        }
    }

    /**
     * About how many cases the plan reads for a page of {@code limit}; a walk that may never fill it counts as the table.
     *
     * @param ordered the scope's cases are read newest first from an index (a street's, with no filter), so reading them
     *                stops once a page of them has the words, rather than reading them all
     */
    static double cost(SearchPlan plan, Sample s, int limit, boolean ordered) {
        double total = Math.max(s.total(), s.read());
        return switch (plan) {
            case BIGRAMS -> s.wordShare() * total;
            case SCOPE -> ordered && s.words() > 0 ? Math.min(s.scopeShare() * total, limit / s.wordShare())
                    : s.scopeShare() * total;
            case WALK -> {
                double both = s.wordShare() * s.scopeShare();
                yield both == 0 ? total : Math.min(total, limit / both);
            }
        };
    }

    static double cost(SearchPlan plan, Sample s, int limit) {
        return cost(plan, s, limit, false);
    }

    /** The cheapest plan; ties go to the bigrams, whose cost is the surest of the three. */
    static SearchPlan choose(Sample s, int limit) {
        return choose(s, limit, false);
    }

    /** @param ordered as for {@link #cost(SearchPlan, Sample, int, boolean)} */
    static SearchPlan choose(Sample s, int limit, boolean ordered) {
        SearchPlan best = BIGRAMS;
        for (SearchPlan p : values()) {
            if (cost(p, s, limit, ordered) < cost(best, s, limit, ordered)) {
                best = p;
            }
        }
        return best;
    }

    /** How far a walk may go before giving up on its estimate (and leaving the page to the bigrams). */
    static long walkBound(Sample s, int limit) {
        return (long) Math.min(Math.max(s.total(), s.read()), 4 * cost(WALK, s, limit)) + s.read();
    }
}
