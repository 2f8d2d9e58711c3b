package org.mashang.cases.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.cases.CaseAction;
import org.mashang.cases.CaseContacts;
import org.mashang.cases.CaseState;
import org.mashang.cases.CaseSupporter;
import org.mashang.cases.CaseTransitioned;
import org.mashang.cases.Satisfaction;
import org.mashang.cases.StageStatus;
import org.mashang.cases.StepTexts;
import org.mashang.platform.UserFacingException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The residents who follow a case besides the one who opened it: those who joined it (我也反映) and those whose own
 * message was merged into it. With their own ticket and code they see the case's public steps (masked, as on the wall)
 * and evaluate its answer; their evaluation is their own and does not change the case (the case's evaluation is the
 * resident's who opened it, which alone reopens it).
 */
@Service
@RequiredArgsConstructor
public class Followers {

    private final MeTooRepository supporters;
    private final CaseRepository cases;
    private final QueryCodeGate gate;
    private final Timeline timeline;
    private final Stages stages;
    private final Clock clock;

    /**
     * What a follower sees of the case they follow.
     *
     * @param ownTicket the follower's ticket (a merged resident's: their merged message's)
     * @param events    the case's public steps, texts masked
     */
    public record Followed(String ownTicket, boolean merged, CaseRecord followed, @Nullable String publicText,
                           List<TimelineEvent> events, Map<Long, List<UUID>> files, List<StageStatus> openStages,
                           boolean verified, @Nullable Satisfaction satisfaction, java.time.Instant joinedAt) {

        public CaseState state() {
            return followed.state();
        }

        public String ticket() {
            return followed.ticket();
        }

        /** A follower evaluates once the case is answered, and may change their mind while it stays answered. */
        public boolean mayEvaluate() {
            return followed.state().answered();
        }

        public Optional<TimelineEvent> latestAnswer() {
            return new CaseTracking.Tracked(followed, events, files, List.of(), openStages, verified).latestAnswer();
        }

        public java.util.Set<UUID> fileIds() {
            java.util.Set<UUID> ids = new java.util.HashSet<>();
            files.values().forEach(ids::addAll);
            return ids;
        }
    }

    /**
     * Whether this ticket belongs to a follower: one who joined a case, or a resident whose message was merged. A plain
     * look-up, so that the query code goes through the gate once, on the right path.
     */
    @Transactional(readOnly = true)
    public boolean follows(String ticket) {
        String t = ticket == null ? "" : ticket.strip();
        return !t.isEmpty() && (supporters.isSupporterTicket(t)
                || cases.findByTicket(t).filter(c -> c.state() == CaseState.MERGED && c.mergedInto() != null).isPresent());
    }

    /** @param clientAddress counted at the query-code gate, as for /track */
    @Transactional
    public Optional<Followed> follow(String ticket, String rawCode, String clientAddress) {
        return follower(ticket, rawCode, clientAddress).map(this::followed);
    }

    /** The follower's own evaluation of the answer; recorded with them, shown to staff, never reopens the case. */
    @Transactional
    public void evaluate(String ticket, String rawCode, String clientAddress, @Nullable Satisfaction satisfaction,
                         @Nullable String comment) {
        evaluate(follower(ticket, rawCode, clientAddress).orElseThrow(QueryCodeGate.QueryCodeRefused::new), satisfaction, comment);
    }

    /**
     * A case the resident joined (我也反映) with the phone they have just proved they hold (/my): no query code needed,
     * as for their own messages there.
     */
    @Transactional(readOnly = true)
    public Optional<Followed> followOwned(String ownTicket, String verifiedPhone) {
        return joinedWith(ownTicket, verifiedPhone).map(this::followed);
    }

    /** The evaluation of a case joined with the verified phone, as through /track with the code. */
    @Transactional
    public void evaluateOwned(String ownTicket, String verifiedPhone, @Nullable Satisfaction satisfaction, @Nullable String comment) {
        evaluate(joinedWith(ownTicket, verifiedPhone).orElseThrow(() -> UserFacingException.notFound(
                "没有找到这条留言：只能查看用已验证的手机号留下的留言")), satisfaction, comment);
    }

    /** Whether this ticket is that of a resident who joined a case (not a merged message, which is a case of its own). */
    @Transactional(readOnly = true)
    public boolean joined(String ticket) {
        return ticket != null && supporters.joinedByTicket(ticket.strip()).isPresent();
    }

    /**
     * A case joined with a verified phone, as /my lists it: masked as the follower's view on /track.
     *
     * @param excerpt the case's public text, masked and cut; null once the case is no longer public
     */
    public record Joined(String ownTicket, String caseTicket, CaseState state, @Nullable String excerpt, java.time.Instant joinedAt) {
    }

    /** The cases joined (我也反映) with this phone, the latest joined first; only for a resident who proved they hold it. */
    @Transactional(readOnly = true)
    public List<Joined> joinedWithPhone(String verifiedPhone) {
        if (verifiedPhone == null || verifiedPhone.isBlank()) {
            return List.of();
        }
        return supporters.joinedWithPhone(verifiedPhone).stream().map(f -> {
            CaseRecord c = cases.find(f.caseId()).orElseThrow();
            String text = c.isPublic() ? Masking.mask(c.publicText(), c.residentName()) : null;
            String excerpt = text == null || text.length() <= 60 ? text : text.substring(0, 60) + "…";
            return new Joined(f.ticket(), c.ticket(), c.state(), excerpt, f.joinedAt());
        }).toList();
    }

    private Optional<MeTooRepository.Follower> joinedWith(String ownTicket, String verifiedPhone) {
        if (ownTicket == null || verifiedPhone == null) {
            return Optional.empty();
        }
        return supporters.joinedByTicket(ownTicket.strip()).filter(f -> verifiedPhone.equals(f.phone()));
    }

    private void evaluate(MeTooRepository.Follower f, @Nullable Satisfaction satisfaction, @Nullable String comment) {
        CaseRecord c = cases.find(f.caseId()).orElseThrow();
        if (!c.state().answered()) {
            throw UserFacingException.conflict("error.metoo.notAnswered");
        }
        if (satisfaction == null) {
            throw UserFacingException.badRequest("请选择满意、基本满意或不满意");
        }
        supporters.evaluate(f.id(), satisfaction, StepTexts.optional(comment, "评价意见", 1000), clock.instant());
    }

    /** A merged resident follows the case their message went into, as if they had joined it. */
    @EventListener
    void on(CaseTransitioned e) {
        if (e.action() == CaseAction.MERGE) {
            cases.find(e.caseId()).map(CaseRecord::mergedInto)
                    .ifPresent(target -> supporters.addMerged(target, e.caseId(), e.occurredAt()));
        }
    }

    /** How to reach each follower of a case who left a phone or an email, with their own ticket for the link. */
    @Transactional(readOnly = true)
    public List<CaseContacts.ResidentContact> contacts(long caseId) {
        List<CaseContacts.ResidentContact> out = new ArrayList<>();
        for (var f : supporters.ofCase(caseId)) {
            if (f.phone() != null || f.email() != null) {
                out.add(contact(f));
            }
        }
        return out;
    }

    /** The followers still to evaluate an answer given in [from, to), for the evaluation reminder. */
    @Transactional(readOnly = true)
    public List<CaseContacts.FollowerAwaitingEvaluation> awaitingEvaluation(java.time.Instant from, java.time.Instant to, int limit) {
        return supporters.awaitingEvaluation(from, to, limit).stream()
                .map(a -> new CaseContacts.FollowerAwaitingEvaluation(contact(a.follower()), a.caseTicket(), a.answeredAt())).toList();
    }

    private static CaseContacts.ResidentContact contact(MeTooRepository.Follower f) {
        return new CaseContacts.ResidentContact(f.caseId(), f.ticket(), f.name(), f.phone(), f.email(), false);
    }

    /** The followers of a case for staff; {@code phoneSeen} masks the phone as the viewing role sees a case's contact. */
    @Transactional(readOnly = true)
    public List<CaseSupporter> ofCase(long caseId, java.util.function.UnaryOperator<String> phoneSeen) {
        return supporters.ofCase(caseId).stream().map(f -> new CaseSupporter(f.ticket(), f.fromCaseId() != null, f.name(),
                f.phone() == null ? null : phoneSeen.apply(f.phone()), f.comment(), f.joinedAt(), f.satisfaction(),
                f.evaluationComment())).toList();
    }

    private Optional<MeTooRepository.Follower> follower(String ticket, String rawCode, String clientAddress) {
        return gate.holder(ticket, rawCode, clientAddress).flatMap(h -> h.supporterId() != null ? supporters.find(h.supporterId())
                : supporters.ofMergedCase(h.caseId()));
    }

    private Followed followed(MeTooRepository.Follower f) {
        CaseRecord c = cases.find(f.caseId()).orElseThrow();
        List<TimelineEvent> shown = timeline.events(c.id()).stream().filter(TimelineEvent::isPublic)
                .map(e -> new TimelineEvent(e.id(), e.caseId(), e.seq(), e.type(), e.actorRole(), e.actorUserId(), e.actorName(),
                        e.occurredAt(), e.body() == null ? null : Masking.mask(e.body(), c.residentName()), true, e.prevHash(),
                        e.hash(), e.keyId()))
                .toList();
        Map<Long, List<UUID>> attached = timeline.files(c.id());
        Map<Long, List<UUID>> files = new java.util.HashMap<>();
        shown.forEach(e -> files.put(e.id(), attached.getOrDefault(e.id(), List.of())));
        return new Followed(f.ticket(), f.fromCaseId() != null, c, c.isPublic() ? Masking.mask(c.publicText(), c.residentName()) : null,
                shown, files, stages.statuses(List.of(c.id()), clock.instant()).getOrDefault(c.id(), List.of()),
                timeline.verify(c.id()).isEmpty(), f.satisfaction(), f.joinedAt());
    }
}
