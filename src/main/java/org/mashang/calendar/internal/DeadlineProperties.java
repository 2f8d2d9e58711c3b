package org.mashang.calendar.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.mashang.calendar.Stage;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The working days of each stage and the warning threshold, until an administrator changes them.
 *
 * @param review        审核: from submission
 * @param firstReply    代表首次答复: from acceptance
 * @param assignment    部门办理: from dispatch
 * @param residentReply 答复群众: from the last department feedback
 * @param dueSoon       a stage is due soon during its last this many working days; 0: no warning
 */
@ConfigurationProperties("mashang.deadlines")
@Validated
record DeadlineProperties(
        @DefaultValue("1") @Min(DeadlineSettings.MIN_DAYS) @Max(DeadlineSettings.MAX_DAYS) int review,
        @DefaultValue("3") @Min(DeadlineSettings.MIN_DAYS) @Max(DeadlineSettings.MAX_DAYS) int firstReply,
        @DefaultValue("10") @Min(DeadlineSettings.MIN_DAYS) @Max(DeadlineSettings.MAX_DAYS) int assignment,
        @DefaultValue("15") @Min(DeadlineSettings.MIN_DAYS) @Max(DeadlineSettings.MAX_DAYS) int residentReply,
        @DefaultValue("1") @Min(0) @Max(DeadlineSettings.MAX_DUE_SOON) int dueSoon) {

    int workingDays(Stage stage) {
        return switch (stage) {
            case REVIEW -> review;
            case FIRST_REPLY -> firstReply;
            case ASSIGNMENT -> assignment;
            case RESIDENT_REPLY -> residentReply;
        };
    }
}
