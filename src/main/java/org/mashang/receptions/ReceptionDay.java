package org.mashang.receptions;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.directory.DeputyCard;

/**
 * One reception day of a station, as computed from its rules, the working calendar and what staff decided.
 *
 * @param scheduled the day the rules give, already moved off a day off: what identifies this reception day
 * @param date      the day it is held: {@code scheduled}, or the day it was moved to; for a cancelled one, {@code scheduled}
 * @param movedOff  days the rules named that fell on a day off and are held on {@code scheduled} instead (several
 *                  such days landing on the same working day make one reception day)
 * @param notice    the public notice of a cancellation or a move; null otherwise
 * @param onDuty    the deputies on duty, in the station's order
 */
public record ReceptionDay(LocalDate scheduled, LocalDate date, Status status, List<DayOff> movedOff, @Nullable String notice,
                           List<DeputyCard> onDuty) {

    public ReceptionDay {
        movedOff = List.copyOf(movedOff);
        onDuty = List.copyOf(onDuty);
    }

    public boolean held() {
        return status != Status.CANCELLED;
    }

    public boolean hasDuty(long deputyId) {
        return onDuty.stream().anyMatch(d -> d.id() == deputyId);
    }

    @RequiredArgsConstructor
    public enum Status {
        SCHEDULED("照常接待"),
        MOVED("改期"),
        CANCELLED("取消");

        private final String label;

        public String label() {
            return label;
        }
    }

    /**
     * A day named by the rules that fell on a day off.
     *
     * @param reason the holiday's name (国庆节, 春节 …), or 周六 / 周日
     */
    public record DayOff(LocalDate date, String reason) {
    }
}
