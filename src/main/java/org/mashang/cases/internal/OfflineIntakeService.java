package org.mashang.cases.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.OfflineIntake;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link OfflineIntake} for other modules, through the same {@link CaseIntake} as the staff intake page. */
@Service
@RequiredArgsConstructor
class OfflineIntakeService implements OfflineIntake {

    private static final IntakeChecks.Words WORDS = new IntakeChecks.Words("请选择该联络站在任的代表", "请选择列表中的问题类别",
            "请选择列表中的区块", "请写下群众反映的问题");

    private final CaseIntake intake;
    private final Directory directory;
    private final CaseRepository cases;

    @Override
    @Transactional
    public Receipt submit(Issue issue) {
        if (issue.channel() == null || issue.channel().online()) {
            throw new FieldProblem("channel", "扫码留言由群众自己提交，请选择线下渠道");
        }
        StationCard station = directory.station(issue.stationId()).filter(StationCard::active)
                .filter(s -> mayEnterFor(issue.enteredBy(), s))
                .orElseThrow(() -> new FieldProblem("stationId", "请选择您负责的联络站"));
        String text = IntakeChecks.message(directory, station, issue.deputyId(), issue.categoryId(), issue.blockId(),
                issue.text(), WORDS);
        String name = IntakeChecks.name(issue.residentName());
        String phone = IntakeChecks.phone(issue.residentPhone());
        String occasion = Texts.clean(issue.occasion());
        if (occasion != null && occasion.length() > 100) {
            throw new FieldProblem("occasion", "场合说明不能超过 100 个字");
        }
        var receipt = intake.submit(new NewMessage(new NewMessage.Addressee(issue.deputyId(), station.id(), station.streetId()),
                issue.channel(), new NewMessage.Content(issue.categoryId(), issue.blockId(), text, issue.wantsPublic(), List.of()),
                new NewMessage.Resident(name, phone, null, false), new NewMessage.Offline(issue.enteredBy(), occasion),
                issue.submissionKey()));
        return new Receipt(receipt.caseId(), receipt.ticket(), receipt.queryCode(), issue.wantsPublic());
    }

    /** A deputy enters for their own station; committee staff for the stations of their region. */
    private boolean mayEnterFor(StaffUser user, StationCard station) {
        if (user == null) {
            return false;
        }
        if (user.has(Role.DEPUTY) && !user.has(Role.ADMIN) && !user.has(Role.REVIEWER) && !user.has(Role.DISPATCHER)) {
            return user.deputyId() != null && directory.deputy(user.deputyId()).map(DeputyCard::stationId)
                    .filter(id -> id == station.id()).isPresent();
        }
        return user.regionId() == null || directory.isWithin(station.streetId(), user.regionId());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Status> statuses(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Status> found = cases.statuses(caseIds).stream().collect(Collectors.toMap(Status::caseId, Function.identity()));
        return caseIds.stream().filter(found::containsKey).map(found::get).toList();
    }
}
