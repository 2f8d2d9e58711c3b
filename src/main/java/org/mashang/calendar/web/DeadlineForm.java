package org.mashang.calendar.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.EnumMap;
import java.util.Map;
import org.mashang.calendar.Stage;
import org.mashang.calendar.internal.DeadlineSettings;

/** Working days per stage and the warning threshold; an empty field means the default from the properties. */
public class DeadlineForm {

    private static final String DAYS = "时限应在 1 到 60 个工作日之间";

    @Min(value = 1, message = DAYS)
    @Max(value = 60, message = DAYS)
    private Integer review;

    @Min(value = 1, message = DAYS)
    @Max(value = 60, message = DAYS)
    private Integer firstReply;

    @Min(value = 1, message = DAYS)
    @Max(value = 60, message = DAYS)
    private Integer assignment;

    @Min(value = 1, message = DAYS)
    @Max(value = 60, message = DAYS)
    private Integer residentReply;

    @Min(value = 0, message = "提醒应在到期前 0 到 10 个工作日之间")
    @Max(value = 10, message = "提醒应在到期前 0 到 10 个工作日之间")
    private Integer dueSoon;

    /** The form as saved: only what an administrator set, empty where the default applies. */
    static DeadlineForm of(DeadlineSettings settings) {
        DeadlineForm form = new DeadlineForm();
        form.review = settings.overrides().get(Stage.REVIEW);
        form.firstReply = settings.overrides().get(Stage.FIRST_REPLY);
        form.assignment = settings.overrides().get(Stage.ASSIGNMENT);
        form.residentReply = settings.overrides().get(Stage.RESIDENT_REPLY);
        form.dueSoon = settings.dueSoonOverride();
        return form;
    }

    Map<Stage, Integer> workingDays() {
        Map<Stage, Integer> days = new EnumMap<>(Stage.class);
        days.put(Stage.REVIEW, review);
        days.put(Stage.FIRST_REPLY, firstReply);
        days.put(Stage.ASSIGNMENT, assignment);
        days.put(Stage.RESIDENT_REPLY, residentReply);
        return days;
    }

    public Integer getReview() {
        return review;
    }

    public void setReview(Integer review) {
        this.review = review;
    }

    public Integer getFirstReply() {
        return firstReply;
    }

    public void setFirstReply(Integer firstReply) {
        this.firstReply = firstReply;
    }

    public Integer getAssignment() {
        return assignment;
    }

    public void setAssignment(Integer assignment) {
        this.assignment = assignment;
    }

    public Integer getResidentReply() {
        return residentReply;
    }

    public void setResidentReply(Integer residentReply) {
        this.residentReply = residentReply;
    }

    public Integer getDueSoon() {
        return dueSoon;
    }

    public void setDueSoon(Integer dueSoon) {
        this.dueSoon = dueSoon;
    }
}
