package org.mashang.receptions.internal;

import java.time.LocalDate;
import java.util.List;
import org.mashang.platform.Indicator;
import org.mashang.platform.OutcomeInput;
import org.mashang.accounts.StaffUser;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.receptions.ActivityKind;
import org.mashang.receptions.ReceptionDay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo receptions, a duty roster and activities for the demo station, recorded through the real services on the
 * first start of a database that has the demo street and none yet.
 */
@Component
@Order(2) // after the demo cases, whose check would see the issue raised at a reception
class DemoReceptions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReceptions.class);

    private final boolean enabled;
    private final ReceptionRepository recorded;
    private final Directory directory;
    private final ScheduleService schedule;
    private final ReceptionService receptions;
    private final ActivityService activities;
    private final UserDetailsService users;

    DemoReceptions(@Value("${mashang.demo.enabled:true}") boolean enabled, ReceptionRepository recorded, Directory directory,
                   ScheduleService schedule, ReceptionService receptions, ActivityService activities, UserDetailsService users) {
        this.enabled = enabled;
        this.recorded = recorded;
        this.directory = directory;
        this.schedule = schedule;
        this.receptions = receptions;
        this.activities = activities;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        StationCard station = directory.stationByCode("wanlou").orElse(null);
        if (!enabled || station == null || recorded.anyRecorded()) {
            return;
        }
        StaffUser reviewer = (StaffUser) users.loadUserByUsername("shenhe");
        List<Long> deputies = directory.deputiesOfStation(station.id(), true).stream().map(DeputyCard::id).toList();
        LocalDate today = schedule.today();
        schedule.rotate(station.id(), 2, 8);
        List<ReceptionDay> past = schedule.days(station.id(), today.minusDays(45), today.minusDays(1)).stream()
                .filter(ReceptionDay::held).toList();
        int[] residents = {12, 8, 15, 6};
        int i = 0;
        for (ReceptionDay day : past.subList(Math.max(0, past.size() - residents.length), past.size())) {
            long id = receptions.record(reviewer, station.id(), new ReceptionService.NewReception(day.date(), residents[i],
                    List.of(deputies.get(i % deputies.size()), deputies.get((i + 1) % deputies.size())), "群众主要反映小区停车、物业服务问题。",
                    null));
            if (i == 0) {
                receptions.raise(reviewer, id, new IssueInput(deputies.get(0), category("物业小区"), null,
                        "接待日群众反映：小区电梯经常故障，物业维修不及时。", true, null, null, null));
            }
            i++;
        }
        activities.record(reviewer, new ActivityService.NewActivity(station.id(), ActivityKind.FORUM, today.minusDays(20),
                "万楼社区民情恳谈会", "万楼社区居委会会议室", null, 45, "围绕欠薪、停车、路灯等问题与群众面对面交流，现场协调解决。",
                List.of(deputies.get(0), deputies.get(2)), List.of(new OutcomeInput(Indicator.MONEY_RECOVERED, null, "12000", null),
                new OutcomeInput(Indicator.LAMPS_INSTALLED, null, "6", null)), List.of()));
        activities.record(reviewer, new ActivityService.NewActivity(station.id(), ActivityKind.COMPOUND, today.minusDays(10),
                "进小区走访", "桃源路社区", null, 20, "走访老旧小区，了解加装电梯意愿。", List.of(deputies.get(1)),
                List.of(new OutcomeInput(Indicator.PEOPLE_HELPED, null, "20", null)), List.of()));
        log.info("Demo receptions and activities recorded for {}", station.name());
    }

    private long category(String name) {
        return directory.activeCategories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }
}
