package org.mashang.dispatch.internal;

import static org.mashang.cases.StepTexts.required;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.CaseAction;
import org.mashang.cases.CaseChanges;
import org.mashang.cases.CaseLevels;
import org.mashang.cases.EventType;
import org.mashang.cases.LockedCase;
import org.mashang.cases.TimelineStep;
import org.mashang.directory.CommitteeCard;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.mashang.platform.UserFacingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfer between levels (转送): what a street cannot solve goes up to the district's committee, and on to the city's;
 * the upper committee dispatches to its own bureaus or sends the case back down to the committee it came from. Allowed
 * while the case waits for dispatch and no department is at work on it; the deputy stays responsible for the reply.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Transfers {

    private final CaseLevels levels;
    private final CaseChanges changes;
    private final Directory directory;

    /** 本辖区无法解决: hands the case to the nearest committee above the one holding it. */
    public void up(StaffUser dispatcher, long caseId, String reason) {
        LockedCase c = waiting(dispatcher, caseId);
        String why = required(reason, "转送理由", 1000);
        CaseLevels.Holding holding = levels.holding(dispatcher, caseId).orElseThrow();
        CommitteeCard above = committeeAbove(holding.regionId())
                .orElseThrow(() -> UserFacingException.badRequest("上级没有人大常委会（工委），无法转送"));
        levels.transfer(c, above.regionId(), true, why,
                TimelineStep.shown(EventType.TRANSFERRED, "本辖区无法解决，已转送" + above.name()),
                TimelineStep.internal(EventType.TRANSFERRED, "转送理由：" + why));
    }

    /** Sends the case back down to the committee it came up from, with the reason. */
    public void down(StaffUser dispatcher, long caseId, String reason) {
        LockedCase c = waiting(dispatcher, caseId);
        String why = required(reason, "退回理由", 1000);
        CaseLevels.Holding holding = levels.holding(dispatcher, caseId).orElseThrow();
        long to = holding.cameFrom().orElseThrow(() -> UserFacingException.badRequest("这条留言不是转送来的，无法退回下级"));
        String from = committeeName(holding.regionId());
        levels.transfer(c, to, false, why,
                TimelineStep.shown(EventType.SENT_BACK, from + "退回" + committeeName(to) + "办理"),
                TimelineStep.internal(EventType.SENT_BACK, "退回理由：" + why));
    }

    /** What the dispatcher's page shows of the levels; empty outside their scope. */
    @Transactional(readOnly = true)
    public Optional<Position> position(StaffUser dispatcher, long caseId) {
        return levels.holding(dispatcher, caseId).map(h -> new Position(h.regionId(), committeeName(h.regionId()), h.ours(),
                committeeAbove(h.regionId()).map(CommitteeCard::name).orElse(null),
                h.cameFrom().map(this::committeeName).orElse(null),
                h.transfers().stream().map(t -> (t.upward() ? "转送" : "退回") + committeeName(t.toRegionId()) + "：" + t.reason())
                        .toList()));
    }

    /**
     * @param holderRegionId the region of the committee holding the case: it dispatches to that region's departments and above
     * @param holder  the committee holding the case now
     * @param ours    it is the dispatcher's own
     * @param above   the committee it would go up to, null at the top
     * @param below   the committee it came up from (where it goes back down to), null when it did not come up
     * @param history the hand-overs so far, with their reasons
     */
    public record Position(long holderRegionId, String holder, boolean ours, String above, String below, List<String> history) {
    }

    private LockedCase waiting(StaffUser dispatcher, long caseId) {
        LockedCase c = levels.lockAsHolder(dispatcher, caseId).require(CaseAction.DISPATCH);
        if (changes.assignments(c.id()).stream().anyMatch(a -> a.state().open())) {
            throw UserFacingException.conflict("还有部门在办理这条留言，办结或退回后才能转送");
        }
        return c;
    }

    private Optional<CommitteeCard> committeeAbove(long regionId) {
        List<Ref> lineage = directory.lineage(regionId);
        return lineage.size() < 2 ? Optional.empty() : directory.committeeOfStreet(lineage.get(lineage.size() - 2).id());
    }

    private String committeeName(long regionId) {
        return directory.committeeOfStreet(regionId).map(CommitteeCard::name)
                .orElseGet(() -> directory.region(regionId).map(Ref::name).orElse("") + "人大");
    }
}
