package org.mashang.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedSet;
import org.mashang.calendar.CalendarDay;
import org.mashang.calendar.Deadlines;
import org.mashang.calendar.DueState;
import org.mashang.calendar.Stage;
import org.mashang.calendar.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The working calendar and deadline settings of this instance: an immutable copy of the tables, replaced
 * whole when their version changes. An administrator's change on this instance reloads it at once (after
 * commit); a change made on another instance is seen at the next check, every
 * {@code mashang.calendar.refresh-interval} (30 s by default).
 */
@Component
class CalendarCache implements WorkingCalendar, Deadlines {

    private static final Logger log = LoggerFactory.getLogger(CalendarCache.class);

    private final CalendarRepository repository;
    private final DeadlineProperties defaults;
    private final CalendarProperties properties;
    private volatile CalendarSnapshot current;

    CalendarCache(CalendarRepository repository, DeadlineProperties defaults, CalendarProperties properties) {
        this.repository = repository;
        this.defaults = defaults;
        this.properties = properties;
        this.current = load();
    }

    /** Reloads when another instance (or anyone) changed the tables since the last load. */
    @Scheduled(initialDelayString = "${mashang.calendar.refresh-interval:30s}", fixedDelayString = "${mashang.calendar.refresh-interval:30s}")
    void refreshIfChanged() {
        try {
            if (repository.version() != current.version()) {
                reload();
            }
        } catch (DataAccessException e) {
            log.warn("Could not check the working calendar for changes; keeping version {}", current.version(), e);
        }
    }

    synchronized void reload() {
        current = load();
    }

    long version() {
        return current.version();
    }

    private CalendarSnapshot load() {
        // the version first: the data read after it is at least as new, so a change is never missed
        long version = repository.version();
        var days = repository.all();
        Map<String, Integer> saved = repository.settings();
        Map<Stage, Integer> overrides = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            if (saved.containsKey(stage.name())) {
                overrides.put(stage, saved.get(stage.name()));
            }
        }
        var snapshot = new CalendarSnapshot(version, new CalendarIndex(days, properties.cutOff()),
                DeadlineSettings.of(defaults, overrides, saved.get(DeadlineSettings.DUE_SOON)));
        log.info("Working calendar version {} loaded: {} holidays and adjusted working days", version, days.size());
        return snapshot;
    }

    DeadlineSettings settings() {
        return current.settings();
    }

    // WorkingCalendar

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return current.calendar().isWorkingDay(day);
    }

    @Override
    public CalendarDay day(LocalDate day) {
        return current.calendar().day(day);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return current.calendar().addWorkingDays(start, n);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return current.calendar().workingDaysBetween(from, to);
    }

    @Override
    public LocalDate firstCountedDay(Instant start) {
        return current.calendar().firstCountedDay(start);
    }

    @Override
    public Instant deadline(Instant start, int workingDays) {
        return current.calendar().deadline(start, workingDays);
    }

    @Override
    public Instant extend(Instant deadline, int workingDays) {
        return current.calendar().extend(deadline, workingDays);
    }

    @Override
    public LocalTime cutOff() {
        return current.calendar().cutOff();
    }

    @Override
    public boolean hasDataFor(int year) {
        return current.calendar().hasDataFor(year);
    }

    @Override
    public SortedSet<Integer> yearsWithoutData(int fromYear, int toYear) {
        return current.calendar().yearsWithoutData(fromYear, toYear);
    }

    // Deadlines

    @Override
    public int workingDays(Stage stage) {
        return current.workingDays(stage);
    }

    @Override
    public int dueSoonDays() {
        return current.dueSoonDays();
    }

    @Override
    public Instant dueAt(Stage stage, Instant start) {
        return current.dueAt(stage, start);
    }

    @Override
    public Instant warnAt(Instant due) {
        return current.warnAt(due);
    }

    @Override
    public DueState dueState(Instant due, Instant now) {
        return current.dueState(due, now);
    }
}
