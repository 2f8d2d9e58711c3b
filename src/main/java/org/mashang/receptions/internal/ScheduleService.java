package org.mashang.receptions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.Texts;
import org.mashang.platform.UserFacingException;
import org.mashang.platform.Zones;
import org.mashang.receptions.ReceptionDay;
import org.mashang.receptions.ReceptionDay.Status;
import org.mashang.receptions.ReceptionSchedule;
import org.mashang.receptions.ScheduleRules;
import org.mashang.receptions.internal.ScheduleCalculator.Computed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reception days computed from the rules and the working calendar at every read, with the stored decisions about
 * single days applied; and the changes committee staff make to them.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ScheduleService implements ReceptionSchedule {

    /** A reception day may be moved at most this many days either way. */
    public static final int MAX_MOVE_DAYS = 30;
    /** How far ahead a day can be changed or a roster drawn up. */
    public static final int MAX_DAYS_AHEAD = 366;
    public static final int MAX_ON_DUTY = 10;
    public static final int MAX_NOTICE = 200;
    static final int MAX_RANGE_DAYS = 400;

    private final ScheduleRepository repository;
    private final WorkingCalendar calendar;
    private final Directory directory;
    private final Clock clock;

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.CHINA);
    }

    @Override
    public ScheduleRules rules(long stationId) {
        return repository.rules(stationId).orElse(ScheduleRules.DEFAULT);
    }

    @Override
    public List<ReceptionDay> days(long stationId, LocalDate from, LocalDate to) {
        checkRange(from, to);
        LocalDate wideFrom = from.minusDays(MAX_MOVE_DAYS);
        LocalDate wideTo = to.plusDays(MAX_MOVE_DAYS);
        List<Computed> computed = ScheduleCalculator.compute(rules(stationId), calendar, wideFrom, wideTo);
        Map<LocalDate, DayChange> exceptions = repository.changes(stationId, wideFrom, wideTo);
        Map<LocalDate, Set<Long>> duty = repository.duty(stationId, wideFrom, wideTo);
        List<DeputyCard> deputies = directory.deputiesOfStation(stationId, false);
        List<ReceptionDay> days = new ArrayList<>();
        for (Computed c : computed) {
            var exception = exceptions.get(c.date());
            Status status = exception == null ? Status.SCHEDULED : exception.cancelled() ? Status.CANCELLED : Status.MOVED;
            LocalDate date = status == Status.MOVED ? exception.movedTo() : c.date();
            if (date.isBefore(from) || date.isAfter(to)) {
                continue;
            }
            Set<Long> onDuty = duty.getOrDefault(c.date(), Set.of());
            days.add(new ReceptionDay(c.date(), date, status, c.movedOff(), exception == null ? null : exception.notice(),
                    deputies.stream().filter(d -> onDuty.contains(d.id())).toList()));
        }
        days.sort(Comparator.comparing(ReceptionDay::date).thenComparing(ReceptionDay::scheduled));
        return days;
    }

    @Override
    public List<ReceptionDay> dutyDays(long deputyId, LocalDate from, LocalDate to) {
        return directory.deputy(deputyId)
                .map(d -> days(d.stationId(), from, to).stream().filter(day -> day.hasDuty(deputyId)).toList())
                .orElse(List.of());
    }

    /** The reception day the rules give for {@code scheduled}, whatever became of it. */
    public Optional<ReceptionDay> day(long stationId, LocalDate scheduled) {
        return days(stationId, scheduled.minusDays(MAX_MOVE_DAYS), scheduled.plusDays(MAX_MOVE_DAYS)).stream()
                .filter(d -> d.scheduled().equals(scheduled)).findFirst();
    }

    /** The reception day held on {@code date}, if there is one (not cancelled, possibly moved there). */
    public Optional<ReceptionDay> heldOn(long stationId, LocalDate date) {
        return days(stationId, date, date).stream().filter(ReceptionDay::held).findFirst();
    }

    /** Cancelled or moved days whose date the rules no longer give (the rules or the holidays changed since). */
    public List<DayChange> staleChanges(long stationId, LocalDate from) {
        List<DayChange> all = repository.changesFrom(stationId, from);
        if (all.isEmpty()) {
            return List.of();
        }
        LocalDate last = all.get(all.size() - 1).scheduled();
        Set<LocalDate> given = new HashSet<>();
        ScheduleCalculator.compute(rules(stationId), calendar, from, last.isBefore(from) ? from : last)
                .forEach(c -> given.add(c.date()));
        return all.stream().filter(e -> !given.contains(e.scheduled())).toList();
    }

    @Transactional
    public void saveRules(StaffUser user, long stationId, ScheduleRules rules) {
        repository.lock(stationId);
        repository.saveRules(stationId, rules, user.id(), clock.instant());
    }

    @Transactional
    public void cancel(StaffUser user, long stationId, LocalDate scheduled, String notice) {
        repository.lock(stationId);
        changeable(stationId, scheduled);
        repository.saveChange(stationId, scheduled, null, notice(notice), user.id(), clock.instant());
    }

    @Transactional
    public void move(StaffUser user, long stationId, LocalDate scheduled, LocalDate movedTo, String notice) {
        repository.lock(stationId);
        changeable(stationId, scheduled);
        if (movedTo == null) {
            throw new FieldProblem("movedTo", "请选择改到哪一天");
        }
        if (movedTo.equals(scheduled)) {
            throw new FieldProblem("movedTo", "改期的日期和原定日期相同");
        }
        if (Math.abs(ChronoUnit.DAYS.between(scheduled, movedTo)) > MAX_MOVE_DAYS) {
            throw new FieldProblem("movedTo", "接待日最多前后调整 " + MAX_MOVE_DAYS + " 天；更远的日期请取消本次接待日后另行安排");
        }
        if (movedTo.isBefore(today())) {
            throw new FieldProblem("movedTo", "不能改到已经过去的日期");
        }
        if (days(stationId, movedTo, movedTo).stream().anyMatch(d -> d.held() && !d.scheduled().equals(scheduled))) {
            throw new FieldProblem("movedTo", movedTo + " 已经是接待日，请选择其他日期，或取消本次接待日");
        }
        repository.saveChange(stationId, scheduled, movedTo, notice(notice), user.id(), clock.instant());
    }

    /** Undoes a cancellation or a move: the day is held as the rules give it. */
    @Transactional
    public void restore(long stationId, LocalDate scheduled) {
        repository.lock(stationId);
        if (scheduled.isBefore(today())) {
            throw UserFacingException.badRequest("已经过去的接待日不能再调整");
        }
        if (!repository.deleteChange(stationId, scheduled)) {
            throw UserFacingException.notFound("这个接待日没有取消或改期");
        }
    }

    @Transactional
    public void setDuty(long stationId, LocalDate scheduled, List<Long> deputyIds) {
        repository.lock(stationId);
        ReceptionDay day = day(stationId, scheduled)
                .orElseThrow(() -> UserFacingException.badRequest(scheduled + " 不是这个联络站的接待日"));
        if (day.date().isBefore(today()) || scheduled.isAfter(today().plusDays(MAX_DAYS_AHEAD))) {
            throw UserFacingException.badRequest("只能为今天起一年内的接待日排班");
        }
        List<Long> ids = deputyIds == null ? List.of() : deputyIds.stream().distinct().toList();
        if (ids.size() > MAX_ON_DUTY) {
            throw UserFacingException.badRequest("每个接待日最多安排 " + MAX_ON_DUTY + " 位代表");
        }
        Set<Long> serving = new HashSet<>(directory.deputiesOfStation(stationId, true).stream().map(DeputyCard::id).toList());
        if (!serving.containsAll(ids)) {
            throw UserFacingException.badRequest("只能安排本联络站在任的代表值班");
        }
        repository.replaceDuty(stationId, scheduled, ids);
    }

    /**
     * Draws up the roster for the reception days held in the coming weeks that have nobody on duty yet: the station's
     * serving deputies in turn, {@code perDay} a day, carrying on after whoever was on duty last.
     *
     * @return how many reception days were given a duty
     */
    @Transactional
    public int rotate(long stationId, int perDay, int weeks) {
        if (perDay < 1 || perDay > 5) {
            throw new FieldProblem("perDay", "每个接待日安排 1 到 5 位代表");
        }
        if (weeks < 1 || weeks > 26) {
            throw new FieldProblem("weeks", "一次排 1 到 26 周");
        }
        repository.lock(stationId);
        List<DeputyCard> pool = directory.deputiesOfStation(stationId, true);
        if (pool.isEmpty()) {
            throw UserFacingException.badRequest("这个联络站没有在任的代表，无法排班");
        }
        List<ReceptionDay> open = days(stationId, today(), today().plusWeeks(weeks)).stream()
                .filter(d -> d.held() && d.onDuty().isEmpty()).toList();
        if (open.isEmpty()) {
            return 0;
        }
        Set<Long> last = repository.lastDutyBefore(stationId, open.get(0).scheduled());
        int next = 0;
        for (int i = 0; i < pool.size(); i++) {
            if (last.contains(pool.get(i).id())) {
                next = i + 1;
            }
        }
        int take = Math.min(perDay, pool.size());
        for (ReceptionDay day : open) {
            List<Long> chosen = new ArrayList<>();
            for (int i = 0; i < take; i++, next++) {
                chosen.add(pool.get(next % pool.size()).id());
            }
            repository.replaceDuty(stationId, day.scheduled(), chosen);
        }
        return open.size();
    }

    private ReceptionDay changeable(long stationId, LocalDate scheduled) {
        if (scheduled == null) {
            throw UserFacingException.badRequest("请选择接待日");
        }
        if (scheduled.isBefore(today())) {
            throw UserFacingException.badRequest("已经过去的接待日不能再取消或改期");
        }
        if (scheduled.isAfter(today().plusDays(MAX_DAYS_AHEAD))) {
            throw UserFacingException.badRequest("只能调整一年内的接待日");
        }
        return day(stationId, scheduled).orElseThrow(() -> UserFacingException.badRequest(scheduled + " 不是这个联络站的接待日"));
    }

    private static String notice(String raw) {
        String notice = Texts.clean(raw);
        if (notice == null) {
            throw new FieldProblem("notice", "请写明公告内容，如取消或改期的原因");
        }
        if (notice.length() > MAX_NOTICE) {
            throw new FieldProblem("notice", "公告不能超过 " + MAX_NOTICE + " 个字");
        }
        return notice;
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_RANGE_DAYS
                || from.getYear() <= WorkingCalendar.FIRST_YEAR || to.getYear() >= WorkingCalendar.LAST_YEAR) {
            throw UserFacingException.badRequest("日期范围不正确");
        }
    }
}
