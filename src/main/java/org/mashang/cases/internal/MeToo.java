package org.mashang.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.cases.CaseState;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.mashang.platform.UserFacingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 我也反映: before leaving a message a resident sees the public cases in handling of the same block or category, and can
 * add themselves to one instead of opening a new case. They get a ticket and query code of their own (stored as the
 * cases' codes are, hashed under the server's key), follow the case with them and evaluate its answer; their contact and
 * comment stay with the staff. The public sees only how many residents raised the case.
 */
@Service
@RequiredArgsConstructor
public class MeToo {

    /** How many similar cases the form shows; more would push the form off the small screen. */
    static final int SHOWN = 5;

    private final MeTooRepository supporters;
    private final CaseRepository cases;
    private final QueryCodes codes;
    private final Directory directory;
    private final Clock clock;

    /** A public case in handling as the resident sees it before joining: the masked public text, never who wrote it. */
    public record Joinable(String ticket, CaseState state, String categoryName, @Nullable String blockName, String publicText,
                           Instant submittedAt, int residents) {
    }

    /** What a resident adds when joining; everything but the submission key is optional. */
    public record Join(@Nullable String name, @Nullable String phone, @Nullable String comment, String submissionKey) {
    }

    /**
     * The public cases in handling of the street with the block or the category chosen, the most alike first: the same
     * likeness as the reviewer's duplicate finder (bigrams of the text), plus the same block and the same category.
     */
    @Transactional(readOnly = true)
    public List<Joinable> similar(long streetId, @Nullable Long blockId, @Nullable Long categoryId, @Nullable String text) {
        if (blockId == null && categoryId == null) {
            return List.of();
        }
        List<CaseRecord> found = supporters.joinable(streetId, blockId, categoryId, 50);
        List<CaseRecord> ranked = found.stream()
                .sorted(Comparator.comparingDouble((CaseRecord c) -> -likeness(c, blockId, categoryId, text)))
                .limit(SHOWN).toList();
        return views(ranked);
    }

    private static double likeness(CaseRecord c, @Nullable Long blockId, @Nullable Long categoryId, @Nullable String text) {
        return (text == null || text.isBlank() ? 0 : Similarity.of(text, c.publicText()))
                + (blockId != null && blockId.equals(c.blockId()) ? 0.1 : 0)
                + (categoryId != null && categoryId == c.categoryId() ? 0.1 : 0);
    }

    /** The case a resident wants to join, while it may be joined; a clear refusal otherwise. */
    @Transactional(readOnly = true)
    public Joinable joinable(String ticket) {
        return views(List.of(open(ticket))).get(0);
    }

    /**
     * Adds the resident to the case. The same form sent twice adds them once and hands out a fresh code (the first
     * answer may never have reached the phone).
     */
    @Transactional
    public Receipt join(String ticket, Join join) {
        CaseRecord c = cases.lock(open(ticket).id()).orElseThrow();
        if (!c.isPublic() || !c.state().joinable()) {
            throw closed();
        }
        String code = QueryCodes.newCode();
        Instant now = clock.instant();
        String own = cases.nextTicket(now);
        // stored unless the same form came before (on conflict do nothing): one statement, no look-up first
        Optional<Long> stored = supporters.insert(c.id(), own, codes.hash(own, code), join.name(), join.phone(), join.comment(),
                join.submissionKey(), now);
        if (stored.isEmpty()) {
            var earlier = supporters.bySubmissionKey(join.submissionKey()).orElseThrow();
            if (earlier.caseId() != c.id()) {
                throw UserFacingException.badRequest("form.expired");
            }
            supporters.replaceQueryCode(earlier.id(), codes.hash(earlier.ticket(), code));
            return new Receipt(c.id(), earlier.ticket(), code);
        }
        return new Receipt(c.id(), own, code);
    }

    /** "N 位群众反映": the resident who opened each case and everyone following it; only a count, never who. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> residents(List<Long> caseIds) {
        Map<Long, Integer> counts = supporters.counts(caseIds);
        caseIds.forEach(id -> counts.merge(id, 1, Integer::sum));
        return counts;
    }

    private CaseRecord open(String ticket) {
        CaseRecord c = cases.findByTicket(ticket == null ? "" : ticket.strip())
                .filter(CaseRecord::isPublic).filter(r -> r.state().accepted())
                .orElseThrow(() -> UserFacingException.notFound("error.metoo.notFound"));
        if (!c.state().joinable()) {
            throw closed();
        }
        return c;
    }

    private static UserFacingException closed() {
        return UserFacingException.conflict("error.metoo.closed");
    }

    private List<Joinable> views(List<CaseRecord> records) {
        Map<Long, Integer> residents = residents(records.stream().map(CaseRecord::id).toList());
        return records.stream().map(c -> new Joinable(c.ticket(), c.state(),
                directory.category(c.categoryId()).map(Ref::name).orElse(""),
                c.blockId() == null ? null : directory.region(c.blockId()).map(Ref::name).orElse(null),
                Masking.mask(c.publicText(), c.residentName()), c.submittedAt(), residents.getOrDefault(c.id(), 1))).toList();
    }
}
