package org.mashang.receptions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.Channel;
import org.mashang.cases.OfflineIntake;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.UserFacingException;
import org.mashang.receptions.ReceptionDay;
import org.mashang.receptions.ReceptionRecorded;
import org.mashang.receptions.internal.IssueLinks.Source;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Receptions held at stations: how many residents came, which deputies received them, the issues they raised. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ReceptionService {

    public static final int MAX_RESIDENTS = 1000;
    public static final int MAX_NOTES = 2000;
    public static final int MAX_REASON = 200;

    /** A reception as typed into the form; checked here. */
    public record NewReception(LocalDate day, Integer residentsReceived, List<Long> deputyIds, String notes, String extraReason) {
    }

    public record ReceptionView(ReceptionRecord reception, StationCard station, List<DeputyCard> deputies, List<RaisedIssue> issues) {
    }

    private final ReceptionRepository receptions;
    private final ScheduleService schedule;
    private final StationAccess access;
    private final Directory directory;
    private final Issues issues;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * Records a reception: on a reception day (as held: moved days count on their new date), or on another day with
     * the reason for the extra reception.
     *
     * @return the new reception's id
     */
    @Transactional
    public long record(StaffUser user, long stationId, NewReception in) {
        StationCard station = access.station(user, stationId);
        LocalDate day = Checks.pastDay(in.day(), schedule.today());
        ReceptionDay held = schedule.heldOn(station.id(), day).orElse(null);
        String reason = held != null ? null : Checks.text(in.extraReason(), MAX_REASON, "extraReason", "临时接待的原因");
        if (held == null && reason == null) {
            throw new FieldProblem("extraReason", day + " 不是本站的接待日。如是临时增加的接待，请写明原因");
        }
        int residents = Checks.count(in.residentsReceived(), MAX_RESIDENTS, "residentsReceived", "接待群众人数");
        List<Long> deputies = Checks.deputies(in.deputyIds(), directory.deputiesOfStation(station.id(), false));
        Checks.includesSelf(user, deputies);
        String notes = Checks.text(in.notes(), MAX_NOTES, "notes", "接待情况");
        if (receptions.idOn(station.id(), day).isPresent()) {
            throw new FieldProblem("day", "这一天的接待已经记录过了，请在记录中继续添加群众反映的问题");
        }
        long id;
        try {
            id = receptions.insert(station.id(), day, held == null ? null : held.scheduled(), reason, residents, notes, user.id(),
                    user.displayName(), clock.instant());
        } catch (DuplicateKeyException sameDayAtOnce) {
            throw new FieldProblem("day", "这一天的接待已经记录过了，请在记录中继续添加群众反映的问题");
        }
        receptions.addDeputies(id, deputies);
        events.publishEvent(new ReceptionRecorded(id, station.id(), station.streetId(), day, held != null, residents, deputies));
        return id;
    }

    /** An issue a resident raised at the reception, entered as a case with channel 接待日来访. */
    @Transactional
    public OfflineIntake.Receipt raise(StaffUser user, long receptionId, IssueInput issue) {
        ReceptionRecord r = find(user, receptionId);
        String occasion = r.day().getYear() + "年" + r.day().getMonthValue() + "月" + r.day().getDayOfMonth() + "日"
                + (r.scheduled() == null ? "临时接待" : "接待日");
        return issues.raise(user, Source.RECEPTION, r.id(), r.stationId(), Channel.RECEPTION, occasion, issue);
    }

    public ReceptionView view(StaffUser user, long receptionId) {
        ReceptionRecord r = find(user, receptionId);
        StationCard station = directory.station(r.stationId()).orElseThrow();
        List<Long> present = receptions.deputies(r.id());
        List<DeputyCard> deputies = directory.deputiesOfStation(r.stationId(), false).stream().filter(d -> present.contains(d.id())).toList();
        return new ReceptionView(r, station, deputies, issues.of(Source.RECEPTION, r.id()));
    }

    /** Receptions at the user's stations in a period, latest first. */
    public List<ReceptionRecord> recent(StaffUser user, long stationId, LocalDate from, LocalDate to, int limit) {
        return receptions.ofStations(List.of(access.station(user, stationId).id()), from, to, limit);
    }

    public List<ReceptionRecord> ofDeputy(long deputyId, LocalDate from, LocalDate to) {
        return receptions.ofDeputy(deputyId, from, to);
    }

    private ReceptionRecord find(StaffUser user, long receptionId) {
        return receptions.find(receptionId).filter(r -> access.mayRead(user, r.stationId()))
                .orElseThrow(() -> UserFacingException.notFound("没有找到这次接待的记录，或您无权查看"));
    }
}
