package org.mashang.proposals.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.CaseProposals;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.platform.FileStore;
import org.mashang.platform.Zones;
import org.mashang.proposals.ProposalClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the register for the workbenches and the public pages. */
@Service
@Transactional(readOnly = true)
public class ProposalQueries {

    public static final int PAGE = 30;

    private final ProposalRepository proposals;
    private final ProposalLists lists;
    private final ProposalAccess access;
    private final Directory directory;
    private final CaseProposals cases;
    private final FileStore files;
    private final Clock clock;
    private final int dueSoonDays;

    ProposalQueries(ProposalRepository proposals, ProposalLists lists, ProposalAccess access, Directory directory, CaseProposals cases, FileStore files,
                    Clock clock, @Value("${mashang.proposals.due-soon-days:15}") int dueSoonDays) {
        this.proposals = proposals;
        this.lists = lists;
        this.access = access;
        this.directory = directory;
        this.cases = cases;
        this.files = files;
        this.clock = clock;
        this.dueSoonDays = dueSoonDays;
    }

    public List<ProposalView> ofDeputy(StaffUser deputy) {
        return deputy.deputyId() == null ? List.of() : lists.ofDeputy(deputy.deputyId()).stream().map(this::brief).toList();
    }

    public List<ProposalView> forCommittee(StaffUser staff) {
        return lists.inScope(access.scopePrefix(staff)).stream().map(this::brief).toList();
    }

    public List<ProposalView> ofDepartment(StaffUser department) {
        return department.departmentId() == null ? List.of()
                : lists.ofDepartment(department.departmentId()).stream().map(this::brief).toList();
    }

    public Optional<ProposalView> forDeputy(StaffUser user, long id) {
        return access.forDeputy(user, id).map(p -> full(p, false));
    }

    public Optional<ProposalView> forCommittee(StaffUser user, long id) {
        return access.forCommittee(user, id).map(p -> full(p, false));
    }

    public Optional<ProposalView> forUnit(StaffUser user, long id) {
        return access.forUnit(user, id).map(p -> full(p, false));
    }

    public List<Long> cosignerIds(long id) {
        return proposals.cosigners(id);
    }

    public List<Long> caseIds(long id) {
        return proposals.caseIds(id);
    }

    public List<String[]> sessions() {
        return proposals.sessions();
    }

    /** Serving deputies of the deputy's level, who may co-sign (附议). */
    public List<DeputyCard> possibleCosigners(StaffUser deputy) {
        DeputyCard lead = access.deputyOf(deputy);
        return directory.activeDeputies().stream().map(r -> directory.deputy(r.id()).orElse(null))
                .filter(d -> d != null && d.serving() && d.level() == lead.level() && d.id() != lead.id()).toList();
    }

    // public

    public List<ProposalView> published(ProposalFilter filter, int page) {
        return lists.published(filter, PAGE, Math.max(0, page) * PAGE).stream().map(p -> masked(brief(p))).toList();
    }

    public long publishedCount(ProposalFilter filter) {
        return lists.publishedCount(filter);
    }

    public Optional<ProposalView> publicView(long id) {
        return proposals.find(id).filter(p -> p.state().published()).map(p -> masked(full(p, true)));
    }

    public Optional<Long> proposalOfTicket(String ticket) {
        return ticket == null ? Optional.empty() : proposals.proposalOfTicket(ticket.strip())
                .filter(id -> proposals.find(id).map(p -> p.state().published()).orElse(false));
    }

    /** The answer letter or a progress photo, for anyone who may see the proposal ({@code visible}). */
    public Optional<FileStore.StoredFile> file(Optional<ProposalView> visible, UUID fileId) {
        return visible.filter(v -> fileId.equals(v.p().answerFileId())
                        || v.progress().stream().anyMatch(g -> g.photos().contains(fileId)))
                .flatMap(v -> files.load(fileId));
    }

    private ProposalView brief(Proposal p) {
        return view(p, List.of(), List.of(), List.of(), List.of());
    }

    private ProposalView full(Proposal p, boolean publicOnly) {
        List<String> cosigners = proposals.cosigners(p.id()).stream()
                .map(id -> directory.deputy(id).map(DeputyCard::name).orElse("")).toList();
        return view(p, cosigners, proposals.tickets(p.id()), proposals.events(p.id(), publicOnly), proposals.progress(p.id()));
    }

    private ProposalView view(Proposal p, List<String> cosigners, List<String> tickets, List<ProposalEvent> events,
                              List<ProposalProgress> progress) {
        Optional<DeputyCard> lead = directory.deputy(p.leadDeputyId());
        List<ProposalView.UnitName> units = proposals.units(p.id()).stream()
                .map(u -> new ProposalView.UnitName(u.departmentId(),
                        directory.department(u.departmentId()).map(d -> d.name()).orElse(""), u.lead())).toList();
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        var due = p.state().clockRuns() && p.dueDate() != null ? ProposalClock.state(p.dueDate(), today, dueSoonDays) : null;
        return new ProposalView(p, lead.map(DeputyCard::name).orElse(""), lead.map(DeputyCard::code).orElse(null), cosigners, units,
                tickets, events, progress, due);
    }

    /** Texts written by deputies and units may still carry a phone number or an ID number: hidden as on the wall. */
    private ProposalView masked(ProposalView v) {
        Proposal p = v.p();
        Proposal shown = new Proposal(p.id(), p.level(), p.congress(), p.session(), p.number(), cases.maskForPublic(p.title()),
                cases.maskForPublic(p.body()), p.leadDeputyId(), p.stationId(), p.streetId(), p.state(), p.difficult(), p.draftedAt(),
                p.submittedAt(), p.assignedAt(), p.dueDate(), p.answeredAt(), p.answeredOnTime(), p.answerClass(),
                cases.maskForPublic(p.answerText()), p.answerFileId(), p.rehandled(), p.evaluation(), p.evaluatedAt(), p.closedAt(),
                p.version());
        List<ProposalEvent> events = v.events().stream().map(e -> new ProposalEvent(e.type(), e.actorName(),
                e.occurredAt(), cases.maskForPublic(e.body()), e.isPublic())).toList();
        List<ProposalProgress> progress = v.progress().stream().map(g -> new ProposalProgress(g.id(), g.stage(),
                g.onDate(), cases.maskForPublic(g.note()), g.photos())).toList();
        return new ProposalView(shown, v.leadName(), v.leadCode(), v.cosigners(), v.units(), v.tickets(), events, progress, v.due());
    }
}
