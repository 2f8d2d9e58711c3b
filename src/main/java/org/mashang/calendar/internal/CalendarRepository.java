package org.mashang.calendar.internal;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.calendar.CalendarDay;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class CalendarRepository {

    private static final String SELECT = "select day as date, kind, name from calendar_day";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    /** The version of the calendar tables, bumped by every change. */
    long version() {
        return jdbc.sql("select version from calendar_version where id = 1").query(Long.class).single();
    }

    /** Bumps the version; the row stays locked until the transaction ends, so changes happen one at a time. */
    long bumpVersion() {
        return jdbc.sql("update calendar_version set version = version + 1, updated_at = now() where id = 1 returning version")
                .query(Long.class).single();
    }

    List<CalendarDay> all() {
        return jdbc.sql(SELECT + " order by day").query(CalendarDay.class).list();
    }

    public List<CalendarDay> ofYear(int year) {
        return jdbc.sql(SELECT + " where day >= :from and day < :to order by day")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .query(CalendarDay.class).list();
    }

    /** The years that have at least one recorded day, in order. */
    public List<Integer> years() {
        return jdbc.sql("select distinct extract(year from day)::int as y from calendar_day order by y").query(Integer.class).list();
    }

    public Optional<CalendarDay> find(LocalDate day) {
        return jdbc.sql(SELECT + " where day = :day").param("day", day).query(CalendarDay.class).optional();
    }

    void save(List<CalendarDay> days, String by) {
        template.batchUpdate("""
                insert into calendar_day (day, kind, name, updated_by) values (?, ?, ?, ?)
                on conflict (day) do update set kind = excluded.kind, name = excluded.name,
                    updated_at = now(), updated_by = excluded.updated_by""",
                days.stream().map(d -> new Object[] {d.date(), d.kind().name(), d.name(), by}).toList());
    }

    boolean delete(LocalDate day) {
        return jdbc.sql("delete from calendar_day where day = :day").param("day", day).update() > 0;
    }

    int deleteYear(int year) {
        return jdbc.sql("delete from calendar_day where day >= :from and day < :to")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1)).update();
    }

    /** Saved deadline settings by key (a stage's name or {@link DeadlineSettings#DUE_SOON}). */
    Map<String, Integer> settings() {
        Map<String, Integer> settings = new HashMap<>();
        jdbc.sql("select setting, working_days from deadline_setting")
                .query((ResultSet rs) -> {
                    settings.put(rs.getString("setting"), rs.getInt("working_days"));
                });
        return settings;
    }

    /** Saves a setting, or forgets it (back to the default) when {@code workingDays} is null. */
    void saveSetting(String key, Integer workingDays, String by) {
        if (workingDays == null) {
            jdbc.sql("delete from deadline_setting where setting = :key").param("key", key).update();
            return;
        }
        jdbc.sql("""
                        insert into deadline_setting (setting, working_days, updated_by) values (:key, :days, :by)
                        on conflict (setting) do update set working_days = excluded.working_days,
                            updated_at = now(), updated_by = excluded.updated_by""")
                .param("key", key).param("days", workingDays).param("by", by).update();
    }
}
