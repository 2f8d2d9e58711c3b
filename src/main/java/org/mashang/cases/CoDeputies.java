package org.mashang.cases;

import java.time.LocalDate;
import java.util.List;
import org.mashang.accounts.StaffUser;
import org.mashang.directory.DeputyCard;

/**
 * Joint deputies (联名代表): deputies of any level who take up a case together with the responsible one — the seed's
 * kindergarten was taken up by city and district deputies. Every one of them sees the case in their workbench and record;
 * only the responsible deputy replies to the resident and asks for dispatch.
 */
public interface CoDeputies {

    /**
     * The responsible deputy asks another serving deputy to join the case; the timeline names them (public).
     *
     * @throws org.mashang.platform.UserFacingException 404 outside the deputy's scope, 403 when not the responsible deputy,
     *                                                  400 for an unknown or former deputy, the responsible one or one already joined
     */
    void join(StaffUser deputy, long caseId, long coDeputyId);

    /** The co-deputies of a case, in the order they joined. */
    List<DeputyCard> of(long caseId);

    /** Cases submitted from {@code from} to {@code to} (China dates, both included) that the deputy joined as a co-deputy. */
    long joined(long deputyId, LocalDate from, LocalDate to);
}
