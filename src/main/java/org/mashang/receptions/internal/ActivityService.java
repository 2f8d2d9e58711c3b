package org.mashang.receptions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.platform.OutcomeInput;
import org.mashang.platform.Outcomes;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.OfflineIntake;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.mashang.directory.StationCard;
import org.mashang.platform.Attachment;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.FileStore;
import org.mashang.platform.UserFacingException;
import org.mashang.receptions.ActivityKind;
import org.mashang.receptions.ActivityRecorded;
import org.mashang.receptions.internal.IssueLinks.Source;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.mashang.platform.Outcome;

/** Deputies' activities: forums and the "5+1" visits, with attendance, outcomes, photos and the issues raised. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ActivityService {

    public static final int MAX_ATTENDANCE = 10000;
    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_PLACE = 100;
    public static final int MAX_TOPIC = 100;
    public static final int MAX_PHOTOS = 3;

    /** An activity as typed into the form; checked here. */
    public record NewActivity(long stationId, ActivityKind kind, LocalDate day, String topic, String place, Long blockId,
                              Integer attendance, String summary, List<Long> deputyIds, List<OutcomeInput> outcomes,
                              List<Attachment> photos) {
    }

    public record ActivityView(ActivityRecord activity, StationCard station, String blockName, List<DeputyCard> deputies,
                               List<Outcome> outcomes, List<Integer> photos, List<RaisedIssue> issues) {
    }

    private final ActivityRepository activities;
    private final StationAccess access;
    private final Directory directory;
    private final FileStore files;
    private final Issues issues;
    private final ScheduleService schedule;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** @return the new activity's id */
    @Transactional
    public long record(StaffUser user, NewActivity in) {
        StationCard station = access.stations(user).stream().filter(s -> s.id() == in.stationId()).findFirst()
                .orElseThrow(() -> new FieldProblem("stationId", "请选择您负责的联络站"));
        if (in.kind() == null) {
            throw new FieldProblem("kind", "请选择活动类型");
        }
        LocalDate day = Checks.pastDay(in.day(), schedule.today());
        String topic = Checks.text(in.topic(), MAX_TOPIC, "topic", "主题");
        String place = Checks.requiredText(in.place(), MAX_PLACE, "place", "地点");
        if (in.blockId() != null && !directory.isBlockOf(station.streetId(), in.blockId())) {
            throw new FieldProblem("blockId", "请选择列表中的区块");
        }
        int attendance = Checks.count(in.attendance(), MAX_ATTENDANCE, "attendance", "参加群众人数");
        String summary = Checks.requiredText(in.summary(), MAX_SUMMARY, "summary", "活动情况");
        List<Long> deputies = Checks.deputies(in.deputyIds(), directory.deputiesOfStation(station.id(), false));
        Checks.includesSelf(user, deputies);
        List<Outcome> outcomes = Outcomes.parse(in.outcomes());
        if (in.photos().size() > MAX_PHOTOS) {
            throw new FieldProblem("photos", "最多上传 " + MAX_PHOTOS + " 张照片");
        }
        long id = activities.insert(station.id(), in.kind(), day, topic, place, in.blockId(), attendance, summary, user.id(),
                user.displayName(), clock.instant());
        activities.addDeputies(id, deputies);
        for (int i = 0; i < outcomes.size(); i++) {
            activities.addOutcome(id, i + 1, outcomes.get(i));
        }
        for (int i = 0; i < in.photos().size(); i++) {
            Attachment photo = in.photos().get(i);
            activities.addPhoto(id, i + 1, files.save(photo.content(), photo.contentType()).id());
        }
        events.publishEvent(new ActivityRecorded(id, station.id(), station.streetId(), in.kind(), day, in.blockId(), attendance, deputies,
                outcomes));
        return id;
    }

    /** An issue raised at the activity, entered as a case with the activity's channel. */
    @Transactional
    public OfflineIntake.Receipt raise(StaffUser user, long activityId, IssueInput issue) {
        ActivityRecord a = find(user, activityId);
        String occasion = a.day().getYear() + "年" + a.day().getMonthValue() + "月" + a.day().getDayOfMonth() + "日" + a.kind().label()
                + "（" + a.place() + "）";
        return issues.raise(user, Source.ACTIVITY, a.id(), a.stationId(), a.kind().channel(), occasion.length() > 100
                ? occasion.substring(0, 99) + "…" : occasion, issue);
    }

    public ActivityView view(StaffUser user, long activityId) {
        ActivityRecord a = find(user, activityId);
        List<Long> present = activities.deputies(a.id());
        return new ActivityView(a, directory.station(a.stationId()).orElseThrow(),
                a.blockId() == null ? null : directory.region(a.blockId()).map(Ref::name).orElse(null),
                directory.deputiesOfStation(a.stationId(), false).stream().filter(d -> present.contains(d.id())).toList(),
                activities.outcomes(a.id()), activities.photoPositions(a.id()), issues.of(Source.ACTIVITY, a.id()));
    }

    public FileStore.StoredFile photo(StaffUser user, long activityId, int position) {
        ActivityRecord a = find(user, activityId);
        return activities.photo(a.id(), position).flatMap(files::load)
                .orElseThrow(() -> UserFacingException.notFound("照片不存在"));
    }

    /** Activities at the user's stations, latest first; {@code kind} null for every kind. */
    public List<ActivityRecord> recent(StaffUser user, @Nullable ActivityKind kind, LocalDate from, LocalDate to, int limit) {
        return activities.ofStations(access.stations(user).stream().map(StationCard::id).toList(), kind, from, to, limit);
    }

    public List<ActivityRecord> ofDeputy(long deputyId, LocalDate from, LocalDate to) {
        return activities.ofDeputy(deputyId, from, to);
    }

    private ActivityRecord find(StaffUser user, long activityId) {
        return activities.find(activityId).filter(a -> access.mayRead(user, a.stationId()))
                .orElseThrow(() -> UserFacingException.notFound("没有找到这次活动的记录，或您无权查看"));
    }
}
