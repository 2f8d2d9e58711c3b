package org.mashang.calendar.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.mashang.calendar.DayKind;
import org.springframework.format.annotation.DateTimeFormat;

/** One holiday or adjusted working day, added or corrected by an administrator. */
public class DayForm {

    @NotNull(message = "请填写日期")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotNull(message = "请选择放假或调休上班")
    private DayKind kind;

    @NotBlank(message = "请填写所属节日，如 春节")
    @Size(max = 20, message = "节日名称不能超过 20 个字")
    private String name;

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
