package org.mashang.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.platform.Limits;
import org.mashang.platform.RateLimits;
import org.mashang.platform.TooManyRequests;
import org.mashang.platform.UserFacingException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The one door every query code goes through (/track, its photos, evaluating, asking to reopen). Tickets are
 * sequential, so the code is all that guards a case: wrong codes are counted per ticket and per client address, and
 * refused with 429 over the limits. After {@link Limits#codeFailuresPerTicket()} wrong codes in an hour the ticket's
 * code stops working: for a case left with a phone until the resident proves the phone (/verify, then "my cases"),
 * for one without a phone until the hour is over. The caller's transaction must commit the counts even when the
 * code was wrong (see {@link QueryCodeRefused}).
 */
@Component
@RequiredArgsConstructor
class QueryCodeGate {

    static final Duration WINDOW = Duration.ofHours(1);

    private final QueryCodeRepository codes;
    private final CaseRepository cases;
    private final QueryCodes hashes;
    private final RateLimits limits;
    private final Limits settings;
    private final Clock clock;

    /** A wrong ticket or code; the caller's transaction commits anyway so the failure stays counted. */
    static class QueryCodeRefused extends UserFacingException {
        QueryCodeRefused() {
            super(HttpStatus.NOT_FOUND, "没有找到这条留言，请核对受理编号和查询码");
        }
    }

    /**
     * @param clientAddress the resident's address (counted); null only for the application's own calls (demo data)
     * @return the id of the case the ticket and code open, or empty when they do not match
     */
    Optional<Long> open(String ticket, String rawCode, @Nullable String clientAddress) {
        return holder(ticket, rawCode, clientAddress).filter(c -> c.supporterId() == null).map(QueryCodeRepository.Stored::caseId);
    }

    /**
     * The case of a ticket and code this server sealed into a resident's pass: no guessing is possible through a sealed
     * pass, so no limit is counted; a code replaced since (the same form sent again) no longer opens the case.
     */
    Optional<CaseRecord> openSealed(String ticket, String code) {
        return codes.findCase(ticket).filter(c -> c.lockedAt() == null
                        && hashes.matches(c.record().ticket(), code, c.record().queryCodeHash(), c.keyed()))
                .map(QueryCodeRepository.OwnCode::record);
    }

    /**
     * The same check for any ticket with a query code: a case's own, or a follower's (我也反映), whose stored row says
     * which ({@code supporterId}).
     */
    Optional<QueryCodeRepository.Stored> holder(String ticket, String rawCode, @Nullable String clientAddress) {
        String t = ticket == null ? "" : ticket.strip();
        String code = QueryCodes.normalize(rawCode);
        if (t.isEmpty() || code.isEmpty()) {
            return Optional.empty();
        }
        if (clientAddress != null) {
            limits.check("code-address", clientAddress, settings.codeFailuresPerAddress(), WINDOW,
                    "这个网络 1 小时内输错查询码的次数太多，请 {wait}后再试，或用留言时填写的手机号验证后查看。");
        }
        Optional<QueryCodeRepository.Stored> stored = codes.find(t);
        if (stored.isPresent()) {
            var c = stored.get();
            if (c.lockedAt() != null) {
                throw new TooManyRequests("这条留言的查询码输错次数太多，已停止使用。请用留言时填写的手机号验证后，在“我的留言”中查看。",
                        WINDOW);
            }
            limits.check("code-ticket", t, settings.codeFailuresPerTicket(), WINDOW, "这条留言的查询码输错次数太多，请 {wait}后再试。");
            if (hashes.matches(c.ticket(), code, c.hash(), c.keyed())) {
                return Optional.of(c);
            }
        }
        if (clientAddress != null) {
            limits.count("code-address", clientAddress, WINDOW);
        }
        if (stored.isPresent() && limits.count("code-ticket", t, WINDOW) >= settings.codeFailuresPerTicket()
                && stored.get().residentPhone() != null) {
            codes.lock(stored.get().caseId(), clock.instant());
        }
        return Optional.empty();
    }

    /** The same, for changes: the case, under its row lock; a wrong ticket or code is a {@link QueryCodeRefused}. */
    CaseRecord lock(String ticket, String rawCode, String clientAddress) {
        return open(ticket, rawCode, clientAddress).flatMap(cases::lock)
                .orElseThrow(QueryCodeRefused::new);
    }

    /** The resident proved the phone left with the case: the code works again. */
    void unlock(String ticket) {
        codes.unlock(ticket.strip());
    }
}
