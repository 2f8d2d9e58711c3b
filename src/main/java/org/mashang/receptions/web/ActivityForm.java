package org.mashang.receptions.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mashang.platform.Attachment;
import org.mashang.receptions.ActivityKind;
import org.mashang.receptions.internal.ActivityService;
import org.mashang.platform.OutcomeLine;
import org.springframework.format.annotation.DateTimeFormat;

/** A forum or a "5+1" activity, with its outcomes: one line per common indicator, then lines to name others. */
public class ActivityForm {

    static final int FREE_LINES = 3;

    @NotNull(message = "请选择联络站")
    private Long stationId;

    @NotNull(message = "请选择活动类型")
    private ActivityKind kind;

    @NotNull(message = "请填写活动日期")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate day;

    @Size(max = ActivityService.MAX_TOPIC, message = "主题不能超过 100 个字")
    private String topic;

    @NotBlank(message = "请填写地点")
    @Size(max = ActivityService.MAX_PLACE, message = "地点不能超过 100 个字")
    private String place;

    private Long blockId;

    @NotNull(message = "请填写参加群众人数（没有请填 0）")
    @Min(value = 0, message = "参加群众人数不能小于 0")
    @Max(value = ActivityService.MAX_ATTENDANCE, message = "参加群众人数应在 0 到 10000 之间")
    private Integer attendance;

    @NotBlank(message = "请简要记录活动情况")
    @Size(max = ActivityService.MAX_SUMMARY, message = "活动情况不能超过 2000 个字")
    private String summary;

    @NotEmpty(message = "请选择参加活动的代表")
    private List<Long> deputyIds = new ArrayList<>();

    private List<OutcomeLine> outcomes = new ArrayList<>();

    public ActivityForm() {
        outcomes = OutcomeLine.blank(FREE_LINES);
    }

    ActivityService.NewActivity input(List<Attachment> photos) {
        return new ActivityService.NewActivity(stationId, kind, day, topic, place, blockId, attendance, summary, deputyIds,
                OutcomeLine.inputs(outcomes), photos);
    }

    public Long getStationId() {
        return stationId;
    }

    public void setStationId(Long stationId) {
        this.stationId = stationId;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Long getBlockId() {
        return blockId;
    }

    public void setBlockId(Long blockId) {
        this.blockId = blockId;
    }

    public Integer getAttendance() {
        return attendance;
    }

    public void setAttendance(Integer attendance) {
        this.attendance = attendance;
    }

    public String getSummary() {
        return summary;
    }

    /** Browsers send a line break as CRLF but count it as one character; count it as one here too. */
    public void setSummary(String summary) {
        this.summary = summary == null ? null : summary.replace("\r\n", "\n").strip();
    }

    public List<Long> getDeputyIds() {
        return deputyIds;
    }

    public void setDeputyIds(List<Long> deputyIds) {
        this.deputyIds = deputyIds == null ? new ArrayList<>() : deputyIds;
    }

    public List<OutcomeLine> getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(List<OutcomeLine> outcomes) {
        this.outcomes = outcomes == null ? new ArrayList<>() : outcomes;
    }
}
