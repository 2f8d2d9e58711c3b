package org.mashang.receptions.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.Channel;
import org.mashang.cases.OfflineIntake;
import org.mashang.platform.Texts;
import org.mashang.receptions.internal.IssueLinks.Source;
import org.springframework.stereotype.Component;

/** Issues raised at receptions and activities: entered as cases through the cases module, linked back here. */
@Component
@RequiredArgsConstructor
class Issues {

    static final int EXCERPT = 60;

    private final OfflineIntake intake;
    private final IssueLinks links;

    /** Call inside the caller's transaction, so that the case and its link are stored together. */
    OfflineIntake.Receipt raise(StaffUser user, Source source, long ownerId, long stationId, Channel channel, String occasion,
                                IssueInput in) {
        OfflineIntake.Receipt receipt = intake.submit(new OfflineIntake.Issue(user, stationId, in.deputyId(), channel, in.categoryId(),
                in.blockId(), in.text(), in.wantsPublic(), Texts.clean(in.residentName()), in.residentPhone(), occasion,
                in.submissionKey()));
        links.link(source, ownerId, receipt.caseId(), receipt.ticket(), excerpt(in.text()));
        return receipt;
    }

    List<RaisedIssue> of(Source source, long ownerId) {
        List<IssueLinks.Link> linked = links.of(source, ownerId);
        Map<Long, OfflineIntake.Status> states = intake.statuses(linked.stream().map(IssueLinks.Link::caseId).toList()).stream()
                .collect(Collectors.toMap(OfflineIntake.Status::caseId, Function.identity()));
        return linked.stream().filter(l -> states.containsKey(l.caseId()))
                .map(l -> new RaisedIssue(l.caseId(), l.ticket(), l.excerpt(), states.get(l.caseId()).state(),
                        states.get(l.caseId()).isPublic()))
                .toList();
    }

    static String excerpt(String text) {
        String t = Texts.clean(text);
        if (t == null) {
            return "";
        }
        t = t.replaceAll("\\s+", " ");
        return t.length() <= EXCERPT ? t : t.substring(0, EXCERPT - 1) + "…";
    }
}
