package org.mashang.receptions.internal;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.platform.UserFacingException;
import org.springframework.stereotype.Component;

/**
 * Which stations a member of staff works for: committee staff and administrators those of their region, a deputy
 * their own station. Only committee staff and administrators change schedules and duty rosters.
 */
@Component
@RequiredArgsConstructor
public class StationAccess {

    private final Directory directory;

    /** Administrators, reviewers and dispatchers: they set rules, cancel or move days and draw up duty rosters. */
    public static boolean isCommittee(StaffUser user) {
        return user.has(Role.ADMIN) || user.has(Role.REVIEWER) || user.has(Role.DISPATCHER);
    }

    /** The active stations the user works for. */
    public List<StationCard> stations(StaffUser user) {
        if (!isCommittee(user)) {
            if (!user.has(Role.DEPUTY) || user.deputyId() == null) {
                return List.of();
            }
            return directory.deputy(user.deputyId()).map(DeputyCard::stationId).flatMap(directory::station)
                    .filter(StationCard::active).map(List::of).orElse(List.of());
        }
        return directory.activeStationsWithin(user.regionId());
    }

    /** The station, when the user works for it; otherwise not found (whether it exists is not told). */
    public StationCard station(StaffUser user, long stationId) {
        return stations(user).stream().filter(s -> s.id() == stationId).findFirst()
                .orElseThrow(() -> UserFacingException.notFound("没有找到这个联络站，或您无权查看"));
    }

    /** The station, when the user may change its schedule. */
    public StationCard managedStation(StaffUser user, long stationId) {
        if (!isCommittee(user)) {
            throw UserFacingException.forbidden("只有人大工委工作人员和管理员可以调整接待日和排班");
        }
        return station(user, stationId);
    }

    public boolean mayRead(StaffUser user, long stationId) {
        return stations(user).stream().anyMatch(s -> s.id() == stationId);
    }
}
