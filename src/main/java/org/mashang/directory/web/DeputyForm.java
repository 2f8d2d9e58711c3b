package org.mashang.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mashang.directory.DeputyLevel;
import org.mashang.platform.ValidPhone;
import org.springframework.format.annotation.DateTimeFormat;

public class DeputyForm {

    @NotBlank(message = "请填写姓名")
    @Size(max = 50, message = "姓名不能超过 50 个字")
    private String name;

    @NotNull(message = "请选择代表层级")
    private DeputyLevel level;

    @ValidPhone
    private String officePhone;

    private Long constituencyId;

    @NotNull(message = "请选择所在联络站")
    private Long stationId;

    private List<Long> blockIds = new ArrayList<>();

    @Size(max = 300, message = "简介不能超过 300 个字")
    private String intro;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate termStart;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate termEnd;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public DeputyLevel getLevel() {
        return level;
    }

    public void setLevel(DeputyLevel level) {
        this.level = level;
    }

    public String getOfficePhone() {
        return officePhone;
    }

    public void setOfficePhone(String officePhone) {
        this.officePhone = officePhone;
    }

    public Long getConstituencyId() {
        return constituencyId;
    }

    public void setConstituencyId(Long constituencyId) {
        this.constituencyId = constituencyId;
    }

    public Long getStationId() {
        return stationId;
    }

    public void setStationId(Long stationId) {
        this.stationId = stationId;
    }

    public List<Long> getBlockIds() {
        return blockIds;
    }

    public void setBlockIds(List<Long> blockIds) {
        this.blockIds = blockIds == null ? new ArrayList<>() : blockIds;
    }

    public String getIntro() {
        return intro;
    }

    public void setIntro(String intro) {
        this.intro = intro;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public void setTermStart(LocalDate termStart) {
        this.termStart = termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public void setTermEnd(LocalDate termEnd) {
        this.termEnd = termEnd;
    }
}
