package org.mashang.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask about the residents behind cases, and nothing more. The loop's events carry the contact
 * themselves; this is for what runs outside them (reminders, a resident's own list).
 */
public interface CaseContacts {

    /** How to reach the resident of a case; empty when they left neither a phone nor an email. */
    Optional<ResidentContact> residentContact(long caseId);

    /**
     * The other residents who follow the case (我也反映, or whose own message was merged into it) and left a phone or an
     * email, each with their own ticket: the case's later resident notices go to them too.
     */
    List<ResidentContact> followers(long caseId);

    /** Every case left with this phone number, newest first; only for a resident who proved they hold the phone. */
    List<CaseSummary> casesOfVerifiedPhone(String phone);

    /** Cases answered in [{@code from}, {@code to}) still waiting for the resident's evaluation, with a contact left. */
    List<AwaitingEvaluation> awaitingEvaluation(Instant from, Instant to, int limit);

    /**
     * Followers (我也反映, merged residents) of cases answered in [{@code from}, {@code to}) who left a phone or an email
     * and have not evaluated the answer yet, each with their own ticket.
     */
    List<FollowerAwaitingEvaluation> followersAwaitingEvaluation(Instant from, Instant to, int limit);

    /** @param verified the phone was proved by a one-time code when the message was left */
    record ResidentContact(long caseId, String ticket, String name, String phone, String email, boolean verified) {
    }

    record AwaitingEvaluation(long caseId, String ticket, Instant answeredAt) {
    }

    /**
     * @param follower   how to reach the follower, with their own ticket
     * @param caseTicket the followed case's ticket
     */
    record FollowerAwaitingEvaluation(ResidentContact follower, String caseTicket, Instant answeredAt) {
    }
}
