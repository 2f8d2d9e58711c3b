package org.mashang.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.mashang.calendar.CalendarChanged;
import org.mashang.calendar.CalendarDay;
import org.mashang.calendar.DayKind;
import org.mashang.calendar.Stage;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.Texts;
import org.mashang.platform.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Changes administrators make to the holiday table and the deadline settings. Each change is one transaction
 * that also bumps the calendar version, so every instance reloads; this one reloads right after the commit.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class CalendarAdmin {

    private final CalendarRepository repository;
    private final CalendarCache cache;
    private final ApplicationEventPublisher events;

    /** Records a holiday or an adjusted working day, or corrects the one recorded on that date. */
    public void saveDay(LocalDate date, DayKind kind, String name, String by) {
        DayRules.Problem problem = DayRules.check(date, kind, name);
        if (problem != null) {
            throw new FieldProblem(problem.field(), problem.message());
        }
        changed();
        repository.save(List.of(new CalendarDay(date, kind, Texts.clean(name))), by);
        events.publishEvent(new CalendarChanged(new TreeSet<>(List.of(date.getYear()))));
    }

    /** Forgets what was recorded on a date: it becomes an ordinary weekday or weekend day again. */
    public void deleteDay(LocalDate date) {
        if (repository.find(date).isEmpty()) {
            throw UserFacingException.notFound(date + " 没有记录节假日或调休，无需删除");
        }
        changed();
        repository.delete(date);
        events.publishEvent(new CalendarChanged(new TreeSet<>(List.of(date.getYear()))));
    }

    /**
     * Imports a holiday file: all of it or, when any line is wrong, nothing ({@link CsvRejected}
     * lists the wrong lines).
     */
    public ImportResult importCsv(byte[] content, ImportMode mode, String by) {
        List<CalendarDay> days = HolidayCsv.parse(content);
        SortedMap<Integer, Integer> byYear = new TreeMap<>();
        SortedSet<Integer> covered = new TreeSet<>();
        for (CalendarDay day : days) {
            byYear.merge(day.date().getYear(), 1, Integer::sum);
            if (CalendarIndex.countsAsData(day)) {
                covered.add(day.date().getYear());
            }
        }
        changed();
        int removed = 0;
        SortedSet<Integer> replaced = mode == ImportMode.REPLACE ? covered : new TreeSet<>();
        for (int year : replaced) {
            removed += repository.deleteYear(year);
        }
        repository.save(days, by);
        events.publishEvent(new CalendarChanged(new TreeSet<>(byYear.keySet())));
        return new ImportResult(byYear, replaced, removed);
    }

    /**
     * Saves the working days of each stage and the warning threshold; a null value goes back to the default
     * from the properties. New deadlines use them; deadlines already computed stay as they are.
     */
    public void saveDeadlines(Map<Stage, Integer> workingDays, Integer dueSoon, String by) {
        for (Stage stage : Stage.values()) {
            Integer days = workingDays.get(stage);
            if (days != null && (days < DeadlineSettings.MIN_DAYS || days > DeadlineSettings.MAX_DAYS)) {
                throw new FieldProblem(field(stage), "时限应在 " + DeadlineSettings.MIN_DAYS + " 到 " + DeadlineSettings.MAX_DAYS + " 个工作日之间");
            }
        }
        if (dueSoon != null && (dueSoon < 0 || dueSoon > DeadlineSettings.MAX_DUE_SOON)) {
            throw new FieldProblem("dueSoon", "提醒应在到期前 0 到 " + DeadlineSettings.MAX_DUE_SOON + " 个工作日之间");
        }
        changed();
        for (Stage stage : Stage.values()) {
            repository.saveSetting(stage.name(), workingDays.get(stage), by);
        }
        repository.saveSetting(DeadlineSettings.DUE_SOON, dueSoon, by);
    }

    /** The recorded days of a year as a holiday file, to download, correct and upload again. */
    @Transactional(readOnly = true)
    public String exportCsv(int year) {
        return HolidayCsv.write(repository.ofYear(year));
    }

    /** The deadline settings in force on this instance. */
    @Transactional(readOnly = true)
    public DeadlineSettings deadlineSettings() {
        return cache.settings();
    }

    /** The deadline form's field of a stage: REVIEW → review, FIRST_REPLY → firstReply … */
    public static String field(Stage stage) {
        String[] words = stage.name().toLowerCase().split("_");
        StringBuilder field = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            field.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return field.toString();
    }

    /** Bumps the version (one administrator at a time) and reloads this instance's copy after the commit. */
    private void changed() {
        repository.bumpVersion();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.reload();
            }
        });
    }
}
