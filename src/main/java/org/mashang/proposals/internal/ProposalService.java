package org.mashang.proposals.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.CaseProposals;
import org.mashang.directory.DepartmentRef;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.platform.Attachment;
import org.mashang.platform.FileStore;
import org.mashang.platform.UserFacingException;
import org.mashang.platform.Zones;
import org.mashang.proposals.AnswerClass;
import org.mashang.proposals.DeputyEvaluation;
import org.mashang.proposals.ProgressStage;
import org.mashang.proposals.ProposalAction;
import org.mashang.proposals.ProposalAssigned;
import org.mashang.proposals.ProposalChanged;
import org.mashang.proposals.ProposalClock;
import org.mashang.proposals.ProposalState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a proposal: who may make it, the state machine ({@link ProposalState}), the change and its step on
 * the proposal's timeline, in one transaction with the proposal row locked.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ProposalService {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 20000;
    static final int MAX_COSIGNERS = 50;

    private final ProposalRepository proposals;
    private final ProposalAccess access;
    private final CaseProposals cases;
    private final Directory directory;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    // the lead deputy

    /** A draft from one or more of the deputy's cases, or from none. */
    public long draft(StaffUser deputy, String title, String body, List<Long> caseIds, List<Long> cosignerIds) {
        DeputyCard lead = access.deputyOf(deputy);
        String t = required(title, "建议标题", MAX_TITLE);
        String b = required(body, "建议内容", MAX_TEXT);
        List<Long> cosigners = cosigners(lead, cosignerIds);
        List<Long> caseList = distinct(caseIds);
        List<String> tickets = cases.checkProposable(deputy, caseList);
        long id = proposals.insert(lead.level(), t, b, lead.id(), lead.stationId(), lead.streetId(), directory.scopeKey(lead.streetId()),
                clock.instant());
        proposals.replaceCosigners(id, cosigners);
        proposals.replaceCases(id, caseList, tickets);
        return id;
    }

    public void edit(StaffUser deputy, long id, String title, String body, List<Long> caseIds, List<Long> cosignerIds) {
        Proposal p = access.lockAsLead(deputy, id);
        ProposalState to = p.state().next(ProposalAction.EDIT);
        DeputyCard lead = access.deputyOf(deputy);
        String checkedTitle = required(title, "建议标题", MAX_TITLE);
        String checkedBody = required(body, "建议内容", MAX_TEXT);
        List<Long> cosigners = cosigners(lead, cosignerIds);
        List<Long> caseList = distinct(caseIds);
        List<String> tickets = cases.checkProposable(deputy, caseList);
        proposals.edited(p, to, clock.instant(), checkedTitle, checkedBody);
        proposals.replaceCosigners(id, cosigners);
        proposals.replaceCases(id, caseList, tickets);
    }

    /** Goes to the committee; the cases it grew from wait in "已形成代表建议" from now on. */
    public void submit(StaffUser deputy, long id) {
        Proposal p = access.lockAsLead(deputy, id);
        ProposalState to = p.state().next(ProposalAction.SUBMIT);
        Instant now = clock.instant();
        proposals.submitted(p, to, now);
        List<Long> caseIds = proposals.caseIds(id);
        if (!caseIds.isEmpty()) {
            cases.raised(deputy, caseIds, "代表建议", p.title());
        }
        proposals.append(id, ProposalEventType.SUBMITTED.name(), deputy.displayName(), "《" + p.title() + "》", true, now);
        changed(id, now);
    }

    /** 满意 / 基本满意 closes it; 不满意 sends it back to the units once, on a new clock. */
    public void evaluate(StaffUser deputy, long id, DeputyEvaluation evaluation, String comment) {
        if (evaluation == null) {
            throw UserFacingException.badRequest("请选择满意、基本满意或不满意");
        }
        Proposal p = access.lockAsLead(deputy, id);
        ProposalState to = p.state().next(evaluation.action());
        String note = optional(comment, "评价意见", 2000);
        Instant now = clock.instant();
        String body = evaluation.label() + (note == null ? "" : "：" + note);
        if (to == ProposalState.REHANDLING) {
            LocalDate due = ProposalClock.dueDate(today(now), p.difficult());
            proposals.handledAgain(p, to, now, evaluation, due);
            proposals.append(id, ProposalEventType.EVALUATED.name(), deputy.displayName(), body, true, now);
            proposals.append(id, ProposalEventType.REHANDLING.name(), null, "代表不满意，交承办单位重新办理，答复期限 " + due, true, now);
            events.publishEvent(new ProposalAssigned(id, p.reference(), due, unitIds(id)));
            changed(id, now);
            return;
        }
        proposals.evaluated(p, to, now, evaluation);
        proposals.append(id, ProposalEventType.EVALUATED.name(), deputy.displayName(), body, true, now);
        changed(id, now);
    }

    // committee staff

    /** Registers the number of its congress's session and assigns the lead unit and the co-handlers. */
    public void assign(StaffUser staff, long id, String congress, String session, Long leadUnit, List<Long> coUnits,
                       boolean difficult) {
        Proposal p = access.lockAsCommittee(staff, id);
        ProposalState to = p.state().next(ProposalAction.ASSIGN);
        String c = required(congress, "届次（如：湘潭市第十七届人大）", 100);
        String s = required(session, "会次（如：第三次会议）", 100);
        if (leadUnit == null) {
            throw UserFacingException.badRequest("请选择主办单位");
        }
        DepartmentRef lead = department(leadUnit);
        List<Long> co = distinct(coUnits).stream().filter(d -> !d.equals(leadUnit)).toList();
        List<DepartmentRef> coHandlers = co.stream().map(this::department).toList();
        int number = proposals.nextNumber(c, s);
        Instant now = clock.instant();
        LocalDate due = ProposalClock.dueDate(today(now), difficult);
        proposals.assigned(p, to, now, new ProposalRepository.Registration(c, s, number, difficult, due));
        proposals.replaceUnits(id, lead.id(), co);
        String reference = Proposal.reference(c, s, number);
        proposals.append(id, ProposalEventType.ASSIGNED.name(), staff.displayName(), "登记为" + reference + "；主办：" + lead.name()
                + (coHandlers.isEmpty() ? "" : "；协办：" + coHandlers.stream().map(DepartmentRef::name).collect(Collectors.joining("、")))
                + "；答复期限 " + due + (difficult ? "（重大或复杂，六个月）" : ""), true, now);
        events.publishEvent(new ProposalAssigned(id, reference, due, unitIds(id)));
        changed(id, now);
    }

    // the lead unit

    /** The answer with its class; the first answer also answers the cases the proposal grew from. */
    public void answer(StaffUser department, long id, AnswerClass answerClass, String text, byte[] letter) {
        Proposal p = access.lockAsLeadUnit(department, id);
        ProposalState to = p.state().next(ProposalAction.ANSWER);
        if (answerClass == null) {
            throw UserFacingException.badRequest("请选择答复分类（A、B、C、D）");
        }
        String body = required(text, "答复内容", MAX_TEXT);
        UUID fileId = letter == null || letter.length == 0 ? null
                : files.save(PdfUpload.check(letter), PdfUpload.CONTENT_TYPE).id();
        Instant now = clock.instant();
        Boolean onTime = p.rehandled() ? null : !today(now).isAfter(p.dueDate()); // handled again: the first answer's stays
        proposals.answered(p, to, now, answerClass, body, fileId, onTime);
        String unit = department(department.departmentId()).name();
        proposals.append(id, ProposalEventType.ANSWERED.name(), unit, answerClass.label() + "\n" + body, true, now);
        cases.answered(proposals.caseIds(id), unit, "代表建议《" + p.title() + "》已答复（" + answerClass.label() + "）：" + body);
        changed(id, now);
    }

    /** 立项 / 在建 / 完成 of what an A or B answer promised; photos re-encoded without metadata by the caller. */
    public void progress(StaffUser department, long id, ProgressStage stage, LocalDate onDate, String note, List<Attachment> photos) {
        Proposal p = access.lockAsLeadUnit(department, id);
        if (!p.state().takesProgress() || p.answerClass() == null || !p.answerClass().followedUp()) {
            throw UserFacingException.conflict("只有答复为 A 类或 B 类的代表建议在答复后登记办理进展");
        }
        if (proposals.progress(id).stream().anyMatch(g -> g.stage() == ProgressStage.DONE)) {
            throw UserFacingException.conflict("这件代表建议已登记完成，不再登记进展");
        }
        if (stage == null || onDate == null) {
            throw UserFacingException.badRequest("请选择进展（立项、在建、完成）和日期");
        }
        Instant now = clock.instant();
        if (onDate.isAfter(today(now))) {
            throw UserFacingException.badRequest("进展日期不能晚于今天");
        }
        String text = required(note, "进展说明", 2000);
        List<UUID> stored = photos.stream().map(a -> files.save(a.content(), a.contentType()).id()).toList();
        proposals.addProgress(id, stage, onDate, text, stored, now);
        proposals.append(id, ProposalEventType.PROGRESS.name(), department(department.departmentId()).name(),
                stage.label() + "（" + onDate + "）：" + text, true, now);
    }

    // helpers

    /** The statistics keep their own copy of each public proposal, updated with every change. */
    private void changed(long id, Instant now) {
        Proposal p = proposals.find(id).orElseThrow();
        String session = p.number() == null ? null : p.congress() + p.session();
        events.publishEvent(new ProposalChanged(id, p.state(), p.level(), session, p.leadDeputyId(), proposals.cosigners(id),
                unitIds(id), p.stationId(), p.streetId(), directory.scopeKey(p.streetId()), p.answerClass(), p.answeredOnTime(),
                p.evaluation(), p.submittedAt(), now));
    }

    private List<Long> cosigners(DeputyCard lead, List<Long> ids) {
        List<Long> unique = distinct(ids).stream().filter(d -> d != lead.id()).toList();
        if (unique.size() > MAX_COSIGNERS) {
            throw UserFacingException.badRequest("附议代表最多 " + MAX_COSIGNERS + " 位");
        }
        for (Long id : unique) {
            directory.deputy(id).filter(d -> d.serving() && d.level() == lead.level())
                    .orElseThrow(() -> UserFacingException.badRequest("附议代表须为" + lead.level().label() + "且在任"));
        }
        return unique;
    }

    private DepartmentRef department(long id) {
        return directory.department(id).filter(DepartmentRef::active)
                .orElseThrow(() -> UserFacingException.badRequest("所选承办单位不存在或已停用"));
    }

    private List<Long> unitIds(long id) {
        return proposals.units(id).stream().map(ProposalRepository.Unit::departmentId).toList();
    }

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, Zones.CHINA);
    }

    private static List<Long> distinct(List<Long> ids) {
        return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids.stream().filter(java.util.Objects::nonNull).toList()));
    }

    static String required(String text, String what, int max) {
        String t = optional(text, what, max);
        if (t == null) {
            throw UserFacingException.badRequest("请填写" + what);
        }
        return t;
    }

    static String optional(String text, String what, int max) {
        String t = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (t.length() > max) {
            throw UserFacingException.badRequest(what + "不能超过 " + max + " 个字");
        }
        return t.isEmpty() ? null : t;
    }
}
