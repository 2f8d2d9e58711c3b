package org.mashang.directory.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mashang.directory.DeputyLevel;
import org.mashang.directory.Ref;

public record Deputy(long id, String name, DeputyLevel level, String officePhone, Long constituencyId, String constituencyName,
                     long stationId, String stationName, UUID photoId, String intro, LocalDate termStart, LocalDate termEnd,
                     String code, boolean active, List<Ref> blocks) {

    public boolean servingOn(LocalDate day) {
        return active && (termStart == null || !day.isBefore(termStart)) && (termEnd == null || !day.isAfter(termEnd));
    }
}
