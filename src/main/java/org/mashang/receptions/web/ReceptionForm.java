package org.mashang.receptions.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mashang.receptions.internal.ReceptionService;
import org.springframework.format.annotation.DateTimeFormat;

/** A reception held at a station. */
public class ReceptionForm {

    @NotNull(message = "请填写接待日期")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate day;

    @NotNull(message = "请填写接待群众人数（没有请填 0）")
    @Min(value = 0, message = "接待群众人数不能小于 0")
    @Max(value = ReceptionService.MAX_RESIDENTS, message = "接待群众人数应在 0 到 1000 之间")
    private Integer residentsReceived;

    @NotEmpty(message = "请选择到场的代表")
    private List<Long> deputyIds = new ArrayList<>();

    @Size(max = ReceptionService.MAX_NOTES, message = "接待情况不能超过 2000 个字")
    private String notes;

    @Size(max = ReceptionService.MAX_REASON, message = "临时接待的原因不能超过 200 个字")
    private String extraReason;

    ReceptionService.NewReception input() {
        return new ReceptionService.NewReception(day, residentsReceived, deputyIds, notes, extraReason);
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public Integer getResidentsReceived() {
        return residentsReceived;
    }

    public void setResidentsReceived(Integer residentsReceived) {
        this.residentsReceived = residentsReceived;
    }

    public List<Long> getDeputyIds() {
        return deputyIds;
    }

    public void setDeputyIds(List<Long> deputyIds) {
        this.deputyIds = deputyIds == null ? new ArrayList<>() : deputyIds;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getExtraReason() {
        return extraReason;
    }

    public void setExtraReason(String extraReason) {
        this.extraReason = extraReason;
    }
}
