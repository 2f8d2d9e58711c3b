package org.mashang.cases.internal;

import java.util.List;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.Channel;
import org.mashang.cases.PlatformIntake;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link PlatformIntake}: the same checks as a resident's form, then the same {@link CaseIntake}. */
@Service
@RequiredArgsConstructor
class PlatformIntakeService implements PlatformIntake {

    private static final IntakeChecks.Words WORDS = new IntakeChecks.Words("这位代表不在该联络站任职", "没有这个问题类别，或它已停用",
            "这个区块不在该街道", "请写下反映的问题");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final CaseIntake intake;
    private final Directory directory;

    @Override
    @Transactional
    public Receipt submit(Message m) {
        StationCard station = directory.station(m.stationId()).filter(StationCard::active)
                .orElseThrow(() -> new FieldProblem("stationId", "没有这个联络站，或它已停用"));
        String text = IntakeChecks.message(directory, station, m.deputyId(), m.categoryId(), m.blockId(), m.text(), WORDS);
        String name = IntakeChecks.name(m.residentName());
        String phone = IntakeChecks.phone(m.residentPhone());
        String email = Texts.clean(m.residentEmail());
        if (email != null && (email.length() > 100 || !EMAIL.matcher(email).matches())) {
            throw new FieldProblem("email", "电子邮箱格式不正确");
        }
        String platform = Texts.clean(m.platform());
        var receipt = intake.submit(new NewMessage(new NewMessage.Addressee(m.deputyId(), station.id(), station.streetId()),
                Channel.GOV_PLATFORM, new NewMessage.Content(m.categoryId(), m.blockId(), text, true, List.of()),
                new NewMessage.Resident(name, phone, email, false),
                platform == null ? null : new NewMessage.Offline(null, "经「" + platform + "」"), null));
        return new Receipt(receipt.caseId(), receipt.ticket());
    }
}
